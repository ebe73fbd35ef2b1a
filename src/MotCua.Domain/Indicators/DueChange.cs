namespace MotCua.Domain.Indicators;

/// <summary>From <paramref name="At"/> on, the dossier was due at <paramref name="DueAt"/> (set at receipt, moved on resume).</summary>
public sealed record DueChange(DateTimeOffset At, DateTimeOffset DueAt);
