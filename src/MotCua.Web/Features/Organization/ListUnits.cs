using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>The unit tree as a flat list in tree order, parents before children (public).</summary>
public sealed class ListUnits(MotCuaDbContext db)
{
    public async Task<IReadOnlyList<UnitInfo>> HandleAsync(bool includeInactive, CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().ToListAsync(ct);
        var codes = all.ToDictionary(u => u.Id, u => u.Code);
        var children = all.ToLookup(u => u.ParentId);
        var ordered = new List<UnitInfo>(all.Count);
        var pending = new Stack<Domain.Organization.Unit>(children[null].OrderByDescending(u => u.Code, StringComparer.Ordinal));
        while (pending.TryPop(out var unit))
        {
            if (includeInactive || unit.IsActive)
            {
                ordered.Add(new UnitInfo(
                    unit.Code, unit.Name, unit.Kind,
                    unit.ParentId is { } p ? codes[p] : null,
                    unit.AgencyCode,
                    unit.OneStopDeskId is { } d ? codes[d] : null,
                    unit.IsActive));
            }

            foreach (var child in children[unit.Id].OrderByDescending(u => u.Kind).ThenByDescending(u => u.Code, StringComparer.Ordinal))
            {
                pending.Push(child);
            }
        }

        return ordered;
    }
}
