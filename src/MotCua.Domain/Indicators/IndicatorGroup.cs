namespace MotCua.Domain.Indicators;

/// <summary>A group of the index (<c>transparency</c>, <c>progress</c>, …) and its share of the 100 points.</summary>
public sealed record IndicatorGroup(string Id, string Vi, string En, decimal Maximum, IReadOnlyList<IndicatorDefinition> Indicators);
