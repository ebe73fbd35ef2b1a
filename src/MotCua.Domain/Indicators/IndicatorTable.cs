namespace MotCua.Domain.Indicators;

/// <summary>
/// One version of the Decision 766 index (INDICATORS-766.md): its groups and indicators with their points, the
/// parameters its formulas read (working-day limits) and the rating bands. Data, not code: the administrator edits it,
/// so a corrected weight needs no release; <see cref="IndicatorTableReader"/> reads and checks it.
/// </summary>
public sealed record IndicatorTable(
    string Version,
    DateOnly EffectiveFrom,
    IReadOnlyDictionary<string, decimal> Parameters,
    IReadOnlyList<RatingBand> Ratings,
    IReadOnlyList<IndicatorGroup> Groups)
{
    /// <summary>The points of the whole index: 100 in every version so far, checked on load.</summary>
    public const decimal TotalPoints = 100;

    public IEnumerable<IndicatorDefinition> Indicators => Groups.SelectMany(g => g.Indicators);

    /// <summary>The band whose minimum the scaled total reaches: bands are checked to run from the highest minimum down to 0.</summary>
    public RatingBand RatingOf(decimal scaledTotal) => Ratings.First(band => scaledTotal >= band.Minimum);
}
