using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Common;

/// <summary>Finding units by their public code, the same way in every use case.</summary>
public static class UnitLookup
{
    public static readonly Text UnitNoun = new("đơn vị", "Unit");

    public static async Task<Outcome<Unit>> FindAsync(this MotCuaDbContext db, string? code, string field, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Error.Validation(field, new("Chưa nhập mã đơn vị.", "The unit code is required."));
        }

        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct);
        return unit is null ? Error.NotFound(UnitNoun, code) : unit;
    }

    /// <summary>The unit, its parent, and so on up to the root of the tree.</summary>
    public static IEnumerable<Unit> SelfAndAncestors(Unit unit, IReadOnlyDictionary<Guid, Unit> units)
    {
        for (Unit? cursor = unit; cursor is not null; cursor = cursor.ParentId is { } parent ? units[parent] : null)
        {
            yield return cursor;
        }
    }

    /// <summary>The units <paramref name="unit"/> passed into, in order: its successor, that one's successor, and so on.</summary>
    public static List<Unit> Successors(Unit unit, IReadOnlyDictionary<Guid, Unit> units)
    {
        var successors = new List<Unit>();
        for (var next = unit.MergedIntoId; next is { } id && successors.All(s => s.Id != id) && id != unit.Id; next = units[id].MergedIntoId)
        {
            successors.Add(units[id]);
        }

        return successors;
    }

    /// <summary>
    /// The unit and every unit under it that <paramref name="readable"/> holds: what any list, export, count or
    /// drill-down of a unit shows an officer. A unit he may choose can have units below it he may not read (the
    /// province's desk serves the province, not its communes); they are left out, never shown through their parent.
    /// </summary>
    public static HashSet<Guid> ReadableSubtree(Guid root, IEnumerable<Unit> units, IReadOnlySet<Guid> readable) =>
        [.. SelfAndDescendants(root, units).Where(readable.Contains)];

    /// <summary>The unit and every unit under it: a district's lists hold what its wards did; for an officer, see <see cref="ReadableSubtree"/>.</summary>
    public static HashSet<Guid> SelfAndDescendants(Guid root, IEnumerable<Unit> units)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var found = new HashSet<Guid> { root };
        for (var pending = new Queue<Guid>([root]); pending.TryDequeue(out var id);)
        {
            foreach (var child in children[id].Where(found.Add))
            {
                pending.Enqueue(child);
            }
        }

        return found;
    }

    public static UnitChange Change(Unit unit, UnitChangeKind kind, string? oldValue, string? newValue, string by, DateTimeOffset at) =>
        new() { UnitId = unit.Id, Kind = kind, OldValue = oldValue, NewValue = newValue, ByUserName = by, At = at };
}
