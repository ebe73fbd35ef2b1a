namespace MotCua.Domain.Dossiers;

/// <summary>A fee paid for the dossier, in VND; online payments feed Decision 766 group 4.</summary>
public sealed record Payment(DateTimeOffset At, long Amount, bool Online);
