using MotCua.Domain.Aggregates;

namespace MotCua.Web.Data.Entities;

/// <summary>
/// One count of the daily aggregates (DESIGN.md "Scale-out"): how many times <see cref="Measure"/> happened for a
/// procedure at a unit on a Vietnam day, by <see cref="Officer"/> for the per-officer measures ("" otherwise).
/// Maintained in the transaction that writes the dossier's event; rebuilt from the events for any period.
/// </summary>
public sealed class DailyAggregate
{
    public Guid UnitId { get; init; }

    public Guid ProcedureId { get; init; }

    public DateOnly Day { get; init; }

    public DailyMeasure Measure { get; init; }

    public string Officer { get; init; } = string.Empty;

    public int Count { get; set; }
}
