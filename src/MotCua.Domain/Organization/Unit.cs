namespace MotCua.Domain.Organization;

/// <summary>
/// An administrative unit (đơn vị). The tree is data: any depth, and a unit is never deleted so
/// that every past event still points at the unit that acted then (merge only deactivates).
/// </summary>
public sealed class Unit
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Mã định danh theo QCVN 102:2016/BTTTT, e.g. 000.00.17.H10.</summary>
    public string? AgencyCode { get; set; }

    /// <summary>The Bộ phận Một cửa (or service centre) that receives this unit's dossiers.</summary>
    public Guid? OneStopDeskId { get; set; }

    public bool IsActive { get; set; } = true;

    public Guid? MergedIntoId { get; set; }

    public string SearchName { get; set; } = string.Empty;
}
