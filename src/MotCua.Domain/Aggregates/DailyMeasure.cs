namespace MotCua.Domain.Aggregates;

/// <summary>
/// What the daily aggregates count per unit × procedure × day (Vietnam day), DESIGN.md "Scale-out": every figure of
/// the dashboards and the KPI targets is a sum of these over days, never a scan of the dossiers.
/// </summary>
public enum DailyMeasure
{
    /// <summary>Received at the desk (on its receipt day).</summary>
    ReceivedCounter,

    ReceivedOnline,

    ReceivedPostal,

    /// <summary>Resolved or returned before the due day (on the day processing ended; TimelinessRule).</summary>
    EndedEarly,

    EndedOnTime,

    EndedLate,

    Withdrawn,

    Refused,

    /// <summary>Received that day and digitized as of now (INDICATORS-766.md 4.2).</summary>
    Digitized,

    /// <summary>Received that day with a component reused from digitized data (4.3).</summary>
    Reused,

    /// <summary>Resolved that day with a signed electronic result (4.1).</summary>
    ElectronicResult,

    /// <summary>Received that day for a procedure with fees, not exempt: the denominator of 3.6.</summary>
    WithFees,

    /// <summary>Received that day, with fees, and paid online (3.6).</summary>
    PaidOnline,

    /// <summary>Received that day and synchronized to the national portal (1.4).</summary>
    Synchronized,

    RatedVerySatisfied,

    RatedSatisfied,

    RatedUnsatisfied,

    /// <summary>Received by the named one-stop officer that day (productivity).</summary>
    ReceivedBy,

    /// <summary>A step completed by the named officer that day (productivity of specialists).</summary>
    ProcessedBy,
}
