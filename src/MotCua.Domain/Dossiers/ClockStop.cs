namespace MotCua.Domain.Dossiers;

/// <summary>
/// A time the dossier's clock stood still waiting for the applicant (supplement requested, paused by law), from
/// <paramref name="At"/> until <paramref name="ResumedAt"/>; null while it still waits.
/// </summary>
public record ClockStop(DateTimeOffset At, DateTimeOffset? ResumedAt);
