using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

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

    /// <summary>The unit and every unit under it: a district's lists hold what its wards did.</summary>
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
