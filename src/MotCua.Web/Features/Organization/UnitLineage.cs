using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>One span of a unit's dated facts (<see cref="UnitVersion"/>), with codes for its parent and successor.</summary>
public sealed record UnitPeriodInfo(DateOnly? ValidFrom, DateOnly? ValidTo, string Name, UnitKind Kind, string? ParentCode, bool IsActive, string? MergedIntoCode);

/// <summary>A unit's line: the units merged into it (and into them), those it passed into, and its own facts over time.</summary>
public sealed record UnitLineageInfo(string Code, IReadOnlyList<UnitLineageEntry> Predecessors, IReadOnlyList<UnitLineageEntry> Successors, IReadOnlyList<UnitPeriodInfo> Periods);

/// <summary>A predecessor or successor, with the facts it had over time.</summary>
public sealed record UnitLineageEntry(string Code, string Name, IReadOnlyList<UnitPeriodInfo> Periods);

/// <summary>
/// Đơn vị tiền thân và kế thừa (issue 17): a merged ward's page and the API show where its history went and where the
/// successor's came from, with each unit's names, parents and states over time. A split unit is a predecessor of every
/// unit that received a part of it.
/// </summary>
public sealed class UnitLineage(MotCuaDbContext db)
{
    public async Task<Outcome<UnitLineageInfo>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var versions = (await db.UnitVersions.AsNoTracking().ToListAsync(ct)).ToLookup(v => v.UnitId);
        var unit = found.Value;
        var splits = await SplitsAsync(unit, ct);
        var byCode = units.Values.ToDictionary(u => u.Code);
        var predecessors = Predecessors(unit, units, splits);
        var splitInto = splits.Where(c => c.From == unit.Code).Select(c => byCode[c.Into]);
        var successors = UnitLookup.Successors(unit, units).Concat(splitInto).Distinct().ToList();
        UnitLineageEntry Entry(Unit u) => new(u.Code, u.Name, Periods(u, versions[u.Id], units));
        return new UnitLineageInfo(unit.Code, [.. predecessors.OrderBy(p => p.Code, StringComparer.Ordinal).Select(Entry)], [.. successors.Select(Entry)], Periods(unit, versions[unit.Id], units));
    }

    /// <summary>The ids of the units whose history is <paramref name="unit"/>'s (<see cref="Predecessors"/>): what a report includes when asked.</summary>
    public async Task<IReadOnlyList<Guid>> PredecessorIdsAsync(Unit unit, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        return [.. Predecessors(unit, units, await SplitsAsync(unit, ct)).Select(p => p.Id)];
    }

    /// <summary>The units merged into <paramref name="unit"/> and into them, and those it received a part of (<paramref name="splits"/>).</summary>
    private static List<Unit> Predecessors(Unit unit, Dictionary<Guid, Unit> units, List<(string From, string Into)> splits)
    {
        var splitFrom = splits.Where(c => c.Into == unit.Code).Select(c => c.From).ToHashSet(StringComparer.Ordinal);
        var mergedInto = units.Values.Where(u => u.MergedIntoId is not null).ToLookup(u => u.MergedIntoId!.Value);
        var predecessors = new List<Unit>();
        for (var pending = new Queue<Unit>(mergedInto[unit.Id].Concat(units.Values.Where(u => splitFrom.Contains(u.Code))).Distinct()); pending.TryDequeue(out var before);)
        {
            predecessors.Add(before);
            foreach (var earlier in mergedInto[before.Id].Where(e => !predecessors.Contains(e)))
            {
                pending.Enqueue(earlier);
            }
        }

        return predecessors;
    }

    /// <summary>The splits <paramref name="unit"/> took part in: from the split unit, into one receiving a part.</summary>
    private async Task<List<(string From, string Into)>> SplitsAsync(Unit unit, CancellationToken ct) =>
        [.. (await db.UnitChanges.AsNoTracking().Where(c => c.Kind == UnitChangeKind.Split && (c.OldValue == unit.Code || c.NewValue == unit.Code))
            .Select(c => new { c.OldValue, c.NewValue }).Distinct().ToListAsync(ct)).Select(c => (c.OldValue!, c.NewValue!))];

    private static List<UnitPeriodInfo> Periods(Unit unit, IEnumerable<UnitVersion> versions, Dictionary<Guid, Unit> units)
    {
        string? CodeOf(Guid? id) => id is { } known ? units.GetValueOrDefault(known)?.Code : null;
        var periods = versions.OrderBy(v => v.ValidFrom)
            .Select(v => new UnitPeriodInfo(v.ValidFrom == DateOnly.MinValue ? null : v.ValidFrom, v.ValidTo, v.Name, v.Kind, CodeOf(v.ParentId), v.IsActive, CodeOf(v.MergedIntoId)))
            .ToList();
        return periods.Count > 0 ? periods : [new UnitPeriodInfo(null, null, unit.Name, unit.Kind, CodeOf(unit.ParentId), unit.IsActive, CodeOf(unit.MergedIntoId))];
    }
}
