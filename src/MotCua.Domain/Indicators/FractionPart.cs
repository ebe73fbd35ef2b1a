namespace MotCua.Domain.Indicators;

/// <summary>One kind's count over the indicator's denominator, e.g. <c>postal</c> for 3.3.</summary>
public sealed record FractionPart(string Key, decimal Numerator);
