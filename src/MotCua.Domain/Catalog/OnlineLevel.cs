namespace MotCua.Domain.Catalog;

/// <summary>Dịch vụ công trực tuyến: không có, một phần, toàn trình.</summary>
public enum OnlineLevel
{
    None,
    Partial,
    Full,
}
