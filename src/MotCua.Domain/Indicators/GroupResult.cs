namespace MotCua.Domain.Indicators;

/// <summary>
/// A group's figures: its points, its maximum in the table, and the part of that maximum held by indicators with
/// data — the maximum its points are measured against.
/// </summary>
public sealed record GroupResult(IndicatorGroup Group, IReadOnlyList<IndicatorResult> Indicators)
{
    public decimal Points => Indicators.Sum(i => i.Points ?? 0);

    public decimal MaximumWithData => Indicators.Where(i => !i.NoData).Sum(i => i.Indicator.Maximum);
}
