namespace MotCua.Domain.Indicators;

/// <summary>
/// One indicator as the table states it: the national id (so figures reconcile with the national guidance), its
/// names, its maximum P (0 = informational: shown, never scored), its threshold T in percent, and the formula that
/// computes its numerator and denominator (<see cref="IndicatorFormulas"/>). How points follow from the ratio is the
/// document's one rule (<see cref="IndicatorScoring"/>): capped at T when there is a threshold, proportional otherwise.
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    string Vi,
    string En,
    decimal Maximum,
    string Formula,
    decimal? Threshold = null,
    IndicatorMeasure Measure = IndicatorMeasure.Percent);
