namespace MotCua.Domain.Indicators;

/// <summary>
/// What a formula counts: numerator over denominator, and for indicators that count several kinds over one
/// denominator (3.3 by channel, 5.1 by classification) each kind's numerator in <see cref="Parts"/>.
/// <see cref="Subjects"/> are the records behind the figures (the drill-down); two fractions are equal when their
/// figures are, as the subjects explain a value and are not part of it.
/// </summary>
public sealed record Fraction(decimal Numerator, decimal Denominator)
{
    public IReadOnlyList<FractionPart> Parts { get; init; } = [];

    public IReadOnlyList<CountedSubject> Subjects { get; init; } = [];

    /// <summary>Nothing to count: the indicator says "no data", never 0 % (INDICATORS-766.md, Scoring).</summary>
    public bool NoData => Denominator == 0;

    /// <summary>The records of <paramref name="denominator"/> over them, those meeting <paramref name="numerator"/> over it.</summary>
    public static Fraction Count<T>(IEnumerable<T> denominator, Func<T, bool> numerator)
        where T : IIndexSubject =>
        CountBy(denominator, numerator, item => (item.SubjectKind, item.Code));

    /// <summary>
    /// As <see cref="Count{T}"/>, for records that are not facts themselves (a procedure's entries in decisions):
    /// <paramref name="subject"/> names the record each one stands for.
    /// </summary>
    public static Fraction CountBy<T>(IEnumerable<T> denominator, Func<T, bool> numerator, Func<T, (SubjectKind Kind, string Code)> subject)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(subject);
        return Of([.. denominator.Select(item => Subject(subject(item), numerator(item)))]);
    }

    /// <summary>The subjects over their number, those in the numerator over it.</summary>
    public static Fraction Of(IReadOnlyList<CountedSubject> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        return new Fraction(subjects.Count(s => s.InNumerator), subjects.Count) { Subjects = subjects };
    }

    private static CountedSubject Subject((SubjectKind Kind, string Code) subject, bool inNumerator) => new(subject.Kind, subject.Code, inNumerator);

    public bool Equals(Fraction? other) =>
        other is not null && Numerator == other.Numerator && Denominator == other.Denominator && Parts.SequenceEqual(other.Parts);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator, Parts.Count);
}
