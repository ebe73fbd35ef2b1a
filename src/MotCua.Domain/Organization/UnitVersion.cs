namespace MotCua.Domain.Organization;

/// <summary>
/// A unit's facts over a span of days (DOMAIN.md §1: facts about units are dated): what a past period's figures
/// are computed on. <see cref="ValidTo"/> is the first day the facts no longer hold; open while they still do.
/// A unit entered without a date existed before the records began, so its first version starts at
/// <see cref="DateOnly.MinValue"/>.
/// </summary>
public sealed class UnitVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UnitId { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly? ValidTo { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public Guid? ParentId { get; set; }

    public string? AgencyCode { get; set; }

    public Guid? OneStopDeskId { get; set; }

    public bool IsActive { get; set; }

    public Guid? MergedIntoId { get; set; }

    public bool Covers(DateOnly day) => ValidFrom <= day && (ValidTo is not { } to || day < to);

    public static UnitVersion Of(Unit unit, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var version = new UnitVersion { UnitId = unit.Id, ValidFrom = from, Name = unit.Name };
        version.Take(unit);
        return version;
    }

    /// <summary>Takes <paramref name="unit"/>'s facts as they are now.</summary>
    public void Take(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        (Name, Kind, ParentId, AgencyCode, OneStopDeskId, IsActive, MergedIntoId) =
            (unit.Name, unit.Kind, unit.ParentId, unit.AgencyCode, unit.OneStopDeskId, unit.IsActive, unit.MergedIntoId);
    }

    public bool Holds(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return (Name, Kind, ParentId, AgencyCode, OneStopDeskId, IsActive, MergedIntoId) ==
            (unit.Name, unit.Kind, unit.ParentId, unit.AgencyCode, unit.OneStopDeskId, unit.IsActive, unit.MergedIntoId);
    }
}
