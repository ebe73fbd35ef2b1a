namespace MotCua.Domain.Dossiers;

/// <summary>
/// A time the dossier's clock stood still after receipt: waiting for a supplement (<paramref name="Supplement"/>) or
/// paused by law, from <paramref name="At"/> until <paramref name="ResumedAt"/> (null while it still waits).
/// </summary>
public sealed record DossierStop(DateTimeOffset At, DateTimeOffset? ResumedAt, bool Supplement) : ClockStop(At, ResumedAt)
{
    public bool IsOpenAt(DateTimeOffset instant) => At < instant && (ResumedAt is not { } resumed || resumed >= instant);
}
