namespace MotCua.Web.Data.Entities;

/// <summary>
/// A unit's own working periods, e.g. "07:00-11:30,13:00-16:30"; units without a row use the
/// default 07:30–11:30 / 13:00–17:00 (DOMAIN.md §2).
/// </summary>
public sealed class UnitWorkingHours
{
    public Guid UnitId { get; init; }

    public required string Periods { get; set; }
}
