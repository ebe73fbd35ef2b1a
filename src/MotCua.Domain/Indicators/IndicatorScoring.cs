namespace MotCua.Domain.Indicators;

/// <summary>
/// INDICATORS-766.md, Scoring: with a threshold T, points = P when R ≥ T, otherwise P × R / T; without one,
/// points = P × R. Values and points are shown with two decimals; the totals add the shown points, so every figure on
/// the page can be added up by hand.
/// </summary>
public static class IndicatorScoring
{
    /// <summary>The value as shown: a percentage, or the average itself (2.2); null for "no data".</summary>
    public static decimal? Value(IndicatorDefinition indicator, Fraction fraction)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(fraction);
        if (fraction.NoData)
        {
            return null;
        }

        decimal ratio = fraction.Numerator / fraction.Denominator;
        return Round(indicator.Measure == IndicatorMeasure.Percent ? ratio * 100 : ratio);
    }

    /// <summary>The points earned, or null for "no data": left out of the points and of the maximum alike.</summary>
    public static decimal? Points(IndicatorDefinition indicator, Fraction fraction)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(fraction);
        if (fraction.NoData)
        {
            return null;
        }

        // The exact ratio, not the rounded percentage: 79.996 % does not reach an 80 % threshold. Multiplied before it is
        // divided, so that an exact half stays one: 15 points × 5/24 is 3.125 and rounds to 3.13, where 15 × (5/24 × 100
        // / 100) carries decimal's last digit and gives 3.1249…, 3.12.
        var (numerator, denominator) = indicator.Threshold is { } threshold
            ? (fraction.Numerator * 100, fraction.Denominator * threshold)
            : (fraction.Numerator, fraction.Denominator);
        return Round(indicator.Threshold is not null && numerator >= denominator ? indicator.Maximum : indicator.Maximum * numerator / denominator);
    }

    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
