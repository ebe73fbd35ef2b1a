namespace MotCua.Web.Data.Entities;

/// <summary>
/// What a dossier last added to the daily aggregates (<see cref="MotCua.Domain.Aggregates.DailyCount.Format"/>), at
/// which unit and procedure: taken away again when the dossier changes, so the aggregates never count it twice. With
/// it, the timeline its facts read from its events.
/// </summary>
public sealed class DossierTallyRow
{
    public Guid DossierId { get; init; }

    public Guid UnitId { get; set; }

    public Guid ProcedureId { get; set; }

    public string Counts { get; set; } = string.Empty;

    /// <summary>
    /// The dossier's <see cref="MotCua.Domain.Indicators.DossierTimeline"/> as text, kept with the tally from the same
    /// events: what a period's index and reports read instead of the events. Null for a dossier never received, and for
    /// one whose tally was last written before the timelines were kept (read from its events).
    /// </summary>
    public string? Timeline { get; set; }
}
