namespace MotCua.Domain.Dossiers;

/// <summary>The applicant's one rating of a dossier, after its result.</summary>
public sealed record Rating(DateTimeOffset At, SatisfactionLevel Level);
