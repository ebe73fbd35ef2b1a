namespace MotCua.Domain.Reports;

/// <summary>Báo cáo tháng, quý, 6 tháng, 9 tháng, năm (REPORTS.md §1).</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    HalfYear,
    NineMonths,
    Year,

    /// <summary>Any run of days asked for with from/to: no deadline, no previous period.</summary>
    Range,
}
