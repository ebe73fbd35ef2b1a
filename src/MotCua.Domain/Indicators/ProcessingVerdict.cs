namespace MotCua.Domain.Indicators;

/// <summary>How 2.1 judged a dossier at the end of a period (<see cref="ProcessingTimeliness.Judge"/>): why it is, or is not, on time.</summary>
public enum ProcessingVerdict
{
    /// <summary>Processing ended at or before the due instant then in force.</summary>
    EndedOnTime,

    /// <summary>Processing ended after the due instant.</summary>
    EndedLate,

    /// <summary>Still in progress (or paused) and not overdue at the end of the period.</summary>
    InProgress,

    /// <summary>Still in progress past its due instant at the end of the period.</summary>
    Overdue,

    /// <summary>A second supplement request: late whatever the clock says.</summary>
    SecondSupplement,
}
