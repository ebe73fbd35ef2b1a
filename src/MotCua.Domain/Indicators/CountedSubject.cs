namespace MotCua.Domain.Indicators;

/// <summary>What an indicator counts: dossiers, procedures or feedback items.</summary>
public enum SubjectKind
{
    Dossier,
    Procedure,
    Feedback,
}

/// <summary>
/// One record an indicator's denominator counted, by its business code, whether its numerator counted it too, and why
/// when the formula tells more than yes or no (2.1: ended late, overdue…). The drill-down lists these, so every figure
/// can be checked by hand against the very records the formula judged.
/// </summary>
public sealed record CountedSubject(SubjectKind Kind, string Code, bool InNumerator, string? Reason = null);

/// <summary>A fact record an indicator may count: it names itself as a <see cref="CountedSubject"/>.</summary>
public interface IIndexSubject
{
    SubjectKind SubjectKind { get; }

    string Code { get; }
}
