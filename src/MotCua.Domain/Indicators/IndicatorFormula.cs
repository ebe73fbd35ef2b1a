namespace MotCua.Domain.Indicators;

/// <summary>
/// A formula the table may name: its key, the table parameters it reads (checked on load), and the computation.
/// </summary>
public sealed record IndicatorFormula(string Key, IReadOnlyList<string> Parameters, Func<IndexFacts, IndicatorContext, Fraction> Compute);
