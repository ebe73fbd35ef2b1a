namespace MotCua.Domain.Indicators;

/// <summary>
/// The index of a unit for a period (INDICATORS-766.md, Scoring and API): the raw total over the maximum of the
/// indicators with data, the total scaled to 100, its rating, and which indicators had no data. With no data at all
/// there is no scaled total and no rating: nothing was measured, so nothing is awarded.
/// </summary>
public sealed record ServiceIndexResult(IndicatorTable Table, ReportingPeriod Period, IReadOnlyList<GroupResult> Groups)
{
    public decimal Total => Groups.Sum(g => g.Points);

    public decimal Maximum => Groups.Sum(g => g.MaximumWithData);

    public decimal? ScaledTotal => Maximum == 0 ? null : IndicatorScoring.Round(Total / Maximum * IndicatorTable.TotalPoints);

    public RatingBand? Rating => ScaledTotal is { } scaled ? Table.RatingOf(scaled) : null;

    public IReadOnlyList<string> NoData => [.. Groups.SelectMany(g => g.Indicators).Where(i => i.NoData).Select(i => i.Indicator.Id)];
}
