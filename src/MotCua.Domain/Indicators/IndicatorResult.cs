namespace MotCua.Domain.Indicators;

/// <summary>One indicator's figure: what was counted, the value, the points and the maximum; <see cref="NoData"/> when nothing was.</summary>
public sealed record IndicatorResult(IndicatorDefinition Indicator, Fraction Fraction, decimal? Value, decimal? Points)
{
    public bool NoData => Fraction.NoData;
}
