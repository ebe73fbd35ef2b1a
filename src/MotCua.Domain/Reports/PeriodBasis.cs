namespace MotCua.Domain.Reports;

/// <summary>
/// The official reports' data cut-off (Decree 09/2019 art. 12: the 15th of the month before → the 14th), or calendar
/// months, as dashboards read them.
/// </summary>
public enum PeriodBasis
{
    Cutoff,
    Calendar,
}
