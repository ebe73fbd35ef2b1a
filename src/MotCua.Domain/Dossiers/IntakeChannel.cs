namespace MotCua.Domain.Dossiers;

/// <summary>How the dossier reached the one-stop desk: tại quầy, trực tuyến, bưu chính công ích.</summary>
public enum IntakeChannel
{
    Counter,
    Online,
    Postal,
}
