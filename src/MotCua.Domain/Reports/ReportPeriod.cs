using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// A reporting period (REPORTS.md §1): its code as written (<c>2024-Q1</c>), kind, basis, first and last day (both
/// included, Vietnam time), the version of the period rules it follows and the deadline per level.
/// </summary>
public sealed record ReportPeriod(
    string Code, PeriodKind Kind, PeriodBasis Basis, DateOnly From, DateOnly To, string Version, IReadOnlyDictionary<ReportingLevel, DateOnly> Deadlines)
{
    /// <summary>The period as instants, half-open, for the rules that judge dossiers.</summary>
    public ReportingPeriod Instants => ReportingPeriod.Days(From, To);

    /// <summary>Null where no deadline is set for the level (the province files to the Government Office's system).</summary>
    public DateOnly? DeadlineFor(ReportingLevel level) => Deadlines.TryGetValue(level, out var day) ? day : null;
}
