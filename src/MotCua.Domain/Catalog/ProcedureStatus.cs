namespace MotCua.Domain.Catalog;

public enum ProcedureStatus
{
    /// <summary>Đang có hiệu lực.</summary>
    Active,

    /// <summary>Đã bị thay thế bởi thủ tục khác.</summary>
    Replaced,

    /// <summary>Đã bãi bỏ.</summary>
    Abolished,
}
