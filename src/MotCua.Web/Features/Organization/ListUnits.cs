using System.Globalization;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Organization;

/// <summary>The unit tree as a flat list in tree order, parents before children (public): today's, or as it stood on a day.</summary>
public sealed class ListUnits(OrganizationHistory history, TimeProvider clock)
{
    public async Task<IReadOnlyList<UnitInfo>> HandleAsync(bool includeInactive, CancellationToken ct) =>
        Ordered(await history.AsOfAsync(DossierPeriod.Today(clock), ct), includeInactive);

    /// <summary>The tree on <paramref name="asOf"/> (yyyy-MM-dd), today when it is not given.</summary>
    public async Task<Outcome<IReadOnlyList<UnitInfo>>> AsOfAsync(bool includeInactive, string? asOf, CancellationToken ct)
    {
        var day = DossierPeriod.Today(clock);
        return string.IsNullOrWhiteSpace(asOf) || DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            ? Ordered(await history.AsOfAsync(day, ct), includeInactive)
            : Error.Validation("asOf", new("Ngày phải có dạng yyyy-MM-dd, ví dụ 2025-06-30.", "asOf must be a date written yyyy-MM-dd, e.g. 2025-06-30."));
    }

    private static List<UnitInfo> Ordered(IReadOnlyList<Unit> all, bool includeInactive)
    {
        var codes = all.ToDictionary(u => u.Id, u => u.Code);
        var children = all.ToLookup(u => u.ParentId);
        var ordered = new List<UnitInfo>(all.Count);
        var pending = new Stack<Unit>(children[null].OrderByDescending(u => u.Code, StringComparer.Ordinal));
        while (pending.TryPop(out var unit))
        {
            if (includeInactive || unit.IsActive)
            {
                ordered.Add(new UnitInfo(
                    unit.Code, unit.Name, unit.Kind,
                    unit.ParentId is { } p ? codes[p] : null,
                    unit.AgencyCode,
                    unit.OneStopDeskId is { } d ? codes.GetValueOrDefault(d) : null,
                    unit.IsActive,
                    unit.MergedIntoId is { } m ? codes.GetValueOrDefault(m) : null));
            }

            foreach (var child in children[unit.Id].OrderByDescending(u => u.Kind).ThenByDescending(u => u.Code, StringComparer.Ordinal))
            {
                pending.Push(child);
            }
        }

        return ordered;
    }
}
