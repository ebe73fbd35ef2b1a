using MotCua.Domain.Indicators;

namespace MotCua.Web.Features.Indicators;

/// <summary>GET /api/v1/indicators/service-index: a unit (with the units under it) and a period, yyyy-MM-dd, both days included.</summary>
public sealed record ServiceIndexQuery(string? UnitCode, string? From, string? To);

/// <summary>
/// The Decision 766 index of a unit for a period (INDICATORS-766.md, API): the raw total over the maximum of the
/// indicators with data, the total scaled to 100 and its rating (both null when nothing was measured), and the ids of
/// the indicators without data.
/// </summary>
public sealed record ServiceIndexReport(
    string UnitCode,
    string UnitName,
    DateOnly From,
    DateOnly To,
    DateTimeOffset ComputedAt,
    string TableVersion,
    decimal Total,
    decimal Maximum,
    decimal? ScaledTotal,
    string? Rating,
    IReadOnlyList<string> NoData,
    IReadOnlyList<IndicatorGroupFigures> Groups);

/// <summary>A group: its points, its maximum in the table, and the part of it held by indicators with data.</summary>
public sealed record IndicatorGroupFigures(string Id, string Name, decimal Points, decimal Maximum, decimal MaximumWithData, IReadOnlyList<IndicatorFigures> Indicators);

/// <summary>
/// One indicator: what was counted, its value (percent, or working hours for <see cref="IndicatorMeasure.WorkingHours"/>),
/// its threshold, its points out of <c>MaxPoints</c> (0 = informational), <c>NoData</c> when the denominator is 0, and
/// <c>Shortfall</c>: the records counted in the denominator and not in the numerator (for 2.1 the late dossiers).
/// </summary>
public sealed record IndicatorFigures(
    string Id,
    string Name,
    IndicatorMeasure Measure,
    decimal Numerator,
    decimal Denominator,
    decimal? Value,
    decimal? Threshold,
    decimal? Points,
    decimal MaxPoints,
    bool NoData,
    int Shortfall);
