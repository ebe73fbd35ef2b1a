namespace MotCua.Domain.Catalog;

/// <summary>Where a dossier can be submitted: tại quầy, bưu chính công ích, trực tuyến.</summary>
[Flags]
public enum Channels
{
    None = 0,
    Counter = 1,
    Postal = 2,
    Online = 4,
}
