using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Who may act on a unit's dossiers: an officer holding the role at that unit, at a unit above it,
/// or (for receptionists) at the one-stop desk that serves it.
/// </summary>
public sealed class DossierPermissions(MotCuaDbContext db, CurrentOfficer officer)
{
    private Dictionary<Guid, (Guid? Parent, Guid? Desk)>? tree;

    public string UserName => officer.UserName;

    public async Task<bool> HoldsAsync(Guid unitId, CancellationToken ct, params Role[] roles)
    {
        var tree = await TreeAsync(ct);
        var grants = officer.Grants.Where(g => roles.Contains(g.Role)).Select(g => g.UnitId).ToHashSet();
        if (tree.TryGetValue(unitId, out var unit) && unit.Desk is { } desk && grants.Contains(desk))
        {
            return true;
        }

        for (Guid? cursor = unitId; cursor is { } id && tree.ContainsKey(id); cursor = tree[id].Parent)
        {
            if (grants.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The units whose dossiers an officer may read: his scope, plus the units served by a one-stop
    /// desk in it (a receptionist sees what his desk received).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ScopeAsync(CancellationToken ct)
    {
        var scope = await officer.VisibleUnitIdsAsync(ct);
        var tree = await TreeAsync(ct);
        return scope.Concat(tree.Where(u => u.Value.Desk is { } desk && scope.Contains(desk)).Select(u => u.Key)).ToHashSet();
    }

    private async Task<Dictionary<Guid, (Guid? Parent, Guid? Desk)>> TreeAsync(CancellationToken ct) =>
        tree ??= await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.OneStopDeskId), ct);
}
