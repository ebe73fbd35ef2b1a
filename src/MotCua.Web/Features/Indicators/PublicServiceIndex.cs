namespace MotCua.Web.Features.Indicators;

/// <summary>GET /api/v1/public/service-index: a period (this month when absent) and the unit whose units are ranked (the province when absent).</summary>
public sealed record PublicIndexQuery(string? Period, string? ParentCode);

/// <summary>A group's points for a unit, for the public table.</summary>
public sealed record PublicGroupScore(string Id, string Name, decimal Points, decimal MaximumWithData);

/// <summary>
/// One unit's place: its scaled total and rating, its rank (null without data: nothing was measured), the same for the
/// previous period, and the change — <c>RankChange</c> positive when it moved up, <c>PointsChange</c> in points of 100.
/// </summary>
public sealed record PublicUnitScore(
    int? Rank,
    string UnitCode,
    string UnitName,
    decimal? ScaledTotal,
    string? Rating,
    IReadOnlyList<PublicGroupScore> Groups,
    int? PreviousRank,
    decimal? PreviousScaledTotal,
    int? RankChange,
    decimal? PointsChange,
    bool HasUnits);

/// <summary>
/// The public ranking (INDICATORS-766.md, API): the units directly under a unit for a month or a week, best first, with
/// their change since the previous period. Figures only: no dossier, no name of a person. A running period is
/// computed up to today.
/// </summary>
public sealed record PublicServiceIndex(
    string Period,
    DateOnly From,
    DateOnly To,
    string PreviousPeriod,
    string ParentCode,
    string ParentName,
    DateTimeOffset ComputedAt,
    IReadOnlyList<PublicUnitScore> Units)
{
    /// <summary>Competition ranking of the scaled totals (1, 2, 2, 4); units without data get none.</summary>
    public static IReadOnlyDictionary<string, int> Ranks(IEnumerable<(string Code, decimal? Scaled)> scores)
    {
        var rated = scores.Where(s => s.Scaled is not null).OrderByDescending(s => s.Scaled).ToList();
        return rated.ToDictionary(s => s.Code, s => rated.Count(o => o.Scaled > s.Scaled) + 1, StringComparer.Ordinal);
    }
}
