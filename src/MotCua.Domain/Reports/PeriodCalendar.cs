namespace MotCua.Domain.Reports;

/// <summary>One part of a year a period kind divides it into: <c>Q1</c> covers months 1–3.</summary>
public sealed record PeriodPart(string Code, int FirstMonth, int LastMonth);

/// <summary>
/// How a kind divides the year. A kind may keep its own cut-off day and deadlines (seed 001: monthly reports under
/// Decision 933/QĐ-TTg cover the 21st of the month before to the 20th, due before the 23rd); otherwise the version's.
/// </summary>
public sealed record PeriodKindDefinition(PeriodKind Kind, IReadOnlyList<PeriodPart> Parts, int? CutoffDay = null, IReadOnlyList<ReportDeadline>? Deadlines = null, string? Source = null);

/// <summary>The day of the period's last month by which a unit of <paramref name="Level"/> sends its report up.</summary>
public sealed record ReportDeadline(ReportingLevel Level, int Day);

/// <summary>
/// One version of the reporting periods (REPORTS.md §1), in force for periods beginning on or after
/// <paramref name="EffectiveFrom"/>: how the year divides per kind, the cut-off day and the deadlines per level. Data,
/// so that a new decree changes a file, not the code.
/// </summary>
public sealed record PeriodCalendar(
    string Version, DateOnly EffectiveFrom, string Source, int CutoffDay, IReadOnlyList<PeriodKindDefinition> Kinds, IReadOnlyList<ReportDeadline> Deadlines)
{
    /// <summary>The period of <paramref name="part"/> of <paramref name="year"/>: inclusive days, Vietnam time.</summary>
    public ReportPeriod Period(int year, PeriodKindDefinition kind, PeriodPart part, PeriodBasis basis)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(part);
        int cutoffDay = kind.CutoffDay ?? CutoffDay;
        var firstMonth = new DateOnly(year, part.FirstMonth, 1);
        var lastMonth = new DateOnly(year, part.LastMonth, 1);
        var (from, to) = basis == PeriodBasis.Calendar
            ? (firstMonth, lastMonth.AddMonths(1).AddDays(-1))
            : (firstMonth.AddMonths(-1).AddDays(cutoffDay - 1), lastMonth.AddDays(cutoffDay - 2));
        var deadlines = (kind.Deadlines ?? Deadlines).ToDictionary(d => d.Level, d => lastMonth.AddDays(d.Day - 1));
        return new ReportPeriod($"{year:D4}-{part.Code}", kind.Kind, basis, from, to, Version, deadlines);
    }
}
