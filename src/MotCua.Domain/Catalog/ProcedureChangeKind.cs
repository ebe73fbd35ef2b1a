namespace MotCua.Domain.Catalog;

public enum ProcedureChangeKind
{
    /// <summary>Công bố mới.</summary>
    Created,

    /// <summary>Sửa đổi, bổ sung.</summary>
    Amended,

    /// <summary>Thay thế.</summary>
    Replaced,

    /// <summary>Bãi bỏ.</summary>
    Abolished,

    /// <summary>Nhập từ tệp.</summary>
    Imported,
}
