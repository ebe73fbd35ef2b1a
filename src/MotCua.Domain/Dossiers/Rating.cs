namespace MotCua.Domain.Dossiers;

/// <summary>The applicant's one rating of a dossier, after its result: the level, what mattered, and a comment.</summary>
public sealed record Rating(DateTimeOffset At, SatisfactionLevel Level)
{
    public const int MaxComment = 1000;

    public IReadOnlyList<RatingReason> Reasons { get; init; } = [];

    public string? Comment { get; init; }

    /// <summary>
    /// A dossier is rated once, by its applicant, after its result is issued (DOMAIN.md §6): before that there is
    /// nothing to judge, and a second rating would count one dossier twice in the satisfaction rate.
    /// </summary>
    public static bool CanRate(DossierStatus status, Rating? existing) =>
        existing is null && status is DossierStatus.ResultIssued or DossierStatus.Returned;

    /// <summary>
    /// Whether <paramref name="proof"/> is the applicant's ID number or phone as declared: the dossier code is printed
    /// on paper and in a QR code, so knowing it is not enough to speak for the applicant.
    /// </summary>
    public static bool IsApplicant(Applicant applicant, string? proof)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        var given = proof?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return false;
        }

        return string.Equals(given, applicant.IdNumber, StringComparison.Ordinal)
            || (PhoneNumber.TryNormalize(given, out var phone) && PhoneNumber.TryNormalize(applicant.Phone, out var declared) && phone == declared);
    }
}
