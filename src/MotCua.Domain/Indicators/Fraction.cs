namespace MotCua.Domain.Indicators;

/// <summary>
/// What a formula counts: numerator over denominator, and for indicators that count several kinds over one
/// denominator (3.3 by channel, 5.1 by classification) each kind's numerator in <see cref="Parts"/>.
/// </summary>
public sealed record Fraction(decimal Numerator, decimal Denominator)
{
    public IReadOnlyList<FractionPart> Parts { get; init; } = [];

    /// <summary>Nothing to count: the indicator says "no data", never 0 % (INDICATORS-766.md, Scoring).</summary>
    public bool NoData => Denominator == 0;

    /// <summary>The records of <paramref name="denominator"/> over them, those meeting <paramref name="numerator"/> over it.</summary>
    public static Fraction Count<T>(IEnumerable<T> denominator, Func<T, bool> numerator)
    {
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(numerator);
        int all = 0;
        int meeting = 0;
        foreach (T item in denominator)
        {
            all++;
            if (numerator(item))
            {
                meeting++;
            }
        }

        return new Fraction(meeting, all);
    }
}
