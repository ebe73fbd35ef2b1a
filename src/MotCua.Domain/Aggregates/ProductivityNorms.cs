using MotCua.Domain.Organization;

namespace MotCua.Domain.Aggregates;

/// <summary>
/// How many dossiers one one-stop officer is expected to receive (issue 7, from the provincial staffing norms):
/// 7,920 a year at district level, 5,280 at commune level, prorated to the days of a period.
/// </summary>
public static class ProductivityNorms
{
    public const int DistrictPerYear = 7920;

    public const int CommunePerYear = 5280;

    /// <summary>The level whose norm applies to an officer of a unit: the nearest district or commune up the tree; none above them.</summary>
    public static UnitKind? Level(IEnumerable<UnitKind> selfAndAncestors)
    {
        ArgumentNullException.ThrowIfNull(selfAndAncestors);
        return selfAndAncestors.Select(k => (UnitKind?)k).FirstOrDefault(k => k is UnitKind.District or UnitKind.Commune);
    }

    /// <summary>The norm of <paramref name="level"/> for [<paramref name="from"/>, <paramref name="to"/>], by the days of each year it covers; null without a norm.</summary>
    public static decimal? ForPeriod(UnitKind? level, DateOnly from, DateOnly to)
    {
        int? perYear = level switch
        {
            UnitKind.District => DistrictPerYear,
            UnitKind.Commune => CommunePerYear,
            _ => null,
        };
        if (perYear is not { } norm || to < from)
        {
            return null;
        }

        decimal total = 0;
        for (var year = from.Year; year <= to.Year; year++)
        {
            var first = year == from.Year ? from : new DateOnly(year, 1, 1);
            var last = year == to.Year ? to : new DateOnly(year, 12, 31);
            total += (decimal)norm * (last.DayNumber - first.DayNumber + 1) / (DateTime.IsLeapYear(year) ? 366 : 365);
        }

        return Math.Round(total, 1);
    }
}
