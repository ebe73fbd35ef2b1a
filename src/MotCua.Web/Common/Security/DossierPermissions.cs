using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// Who may act on a unit's dossiers: an officer holding the role at that unit, at a unit above it,
/// or (for receptionists) at the one-stop desk that serves it.
/// </summary>
public sealed class DossierPermissions(MotCuaDbContext db, CurrentOfficer officer, UnitDirectory directory)
{
    private Dictionary<Guid, (Guid? Parent, Guid? Desk)>? tree;

    public string UserName => officer.UserName;

    /// <summary>Whether the officer holds any of <paramref name="roles"/> at some unit: what decides which work queues he is shown.</summary>
    public bool HoldsAnywhere(IEnumerable<Role> roles) => officer.Grants.Any(g => roles.Contains(g.Role));

    public async Task<bool> HoldsAsync(Guid unitId, CancellationToken ct, params Role[] roles) =>
        await NearestGrantAsync(unitId, officer.Grants.Where(g => roles.Contains(g.Role)), ct) is not null;

    /// <summary>Every unit for which the officer holds one of <paramref name="roles"/> (<see cref="HoldsAsync"/> of each, in one read of the tree).</summary>
    public async Task<IReadOnlySet<Guid>> UnitsHeldAsync(CancellationToken ct, params Role[] roles)
    {
        var units = officer.Grants.Where(g => roles.Contains(g.Role)).Select(g => g.UnitId).ToHashSet();
        var tree = await TreeAsync(ct);
        return tree.Keys.Where(id => ActingUnits(tree, id).Any(units.Contains)).ToHashSet();
    }

    /// <summary>The unit of the officer's grant, whatever its role, nearest to <paramref name="unitId"/> among those acting for it; null when none does.</summary>
    public Task<Guid?> GrantUnitForAsync(Guid unitId, CancellationToken ct) => NearestGrantAsync(unitId, officer.Grants, ct);

    private async Task<Guid?> NearestGrantAsync(Guid unitId, IEnumerable<RoleGrant> grants, CancellationToken ct)
    {
        var units = grants.Select(g => g.UnitId).ToHashSet();
        return ActingUnits(await TreeAsync(ct), unitId).Where(units.Contains).Select(u => (Guid?)u).FirstOrDefault();
    }

    /// <summary>
    /// The units at which a grant lets an officer act for <paramref name="unitId"/>, nearest first: the one-stop
    /// desk serving it, the unit itself, then its parents up to the root.
    /// </summary>
    public static IEnumerable<Guid> ActingUnits(IReadOnlyDictionary<Guid, (Guid? Parent, Guid? Desk)> tree, Guid unitId)
    {
        if (tree.TryGetValue(unitId, out var unit) && unit.Desk is { } desk)
        {
            yield return desk;
        }

        for (Guid? cursor = unitId; cursor is { } id && tree.ContainsKey(id); cursor = tree[id].Parent)
        {
            yield return id;
        }
    }

    /// <summary>Each unit's parent and the one-stop desk serving it: what <see cref="ActingUnits"/> walks.</summary>
    public static Dictionary<Guid, (Guid? Parent, Guid? Desk)> Tree(IEnumerable<Unit> units) =>
        units.ToDictionary(u => u.Id, u => (u.ParentId, u.OneStopDeskId));

    /// <summary>
    /// The units whose dossiers an officer may read: his scope, plus the units served by a one-stop
    /// desk in it (a receptionist sees what his desk received).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ScopeAsync(CancellationToken ct) => WithServed(await officer.VisibleUnitIdsAsync(ct), await TreeAsync(ct));

    /// <summary>
    /// The units whose dossiers the officer may read in a past period's tree: those his grants reached then, or reach
    /// now (a ward moved away since stays readable for the period it belonged to his district; a unit now under his is
    /// readable whatever its past).
    /// </summary>
    public async Task<IReadOnlySet<Guid>> ScopeInAsync(IEnumerable<Unit> then, CancellationToken ct)
    {
        var past = Tree(then);
        var scope = WithServed(officer.VisibleIn(past.Select(u => (u.Key, u.Value.Parent))), past);
        return scope.Concat(await ScopeAsync(ct)).ToHashSet();
    }

    /// <summary>
    /// The dossiers the officer may read: those of the units in his scope, those they hold now (an inter-agency step),
    /// and those their desks received for another unit (reception regardless of administrative boundary).
    /// </summary>
    public async Task<IQueryable<Dossier>> ReadableDossiersAsync(CancellationToken ct)
    {
        var scope = (await ScopeAsync(ct)).ToList();
        // An officer over every unit (the province's administrator) reads every dossier; three lists of every unit would
        // only cost each statement its planning (issue 19). Every unit is counted afresh, not from the kept tree, so a
        // unit just added on another node never slips into a scope that does not hold it.
        if (scope.Count == (await TreeAsync(ct)).Count && scope.Count == await db.Units.CountAsync(ct))
        {
            return db.Dossiers.AsNoTracking();
        }

        return db.Dossiers.AsNoTracking().Where(d => scope.Contains(d.UnitId) || scope.Contains(d.CurrentUnitId) || (d.ReceivedAtUnitId != null && scope.Contains(d.ReceivedAtUnitId.Value)));
    }

    /// <summary>Whether the officer's scope holds less than half of the units: his open work is then a small share of the province's.</summary>
    public async Task<bool> OverFewUnitsAsync(CancellationToken ct) => (await ScopeAsync(ct)).Count * 2 < (await TreeAsync(ct)).Count;

    private static HashSet<Guid> WithServed(IReadOnlySet<Guid> scope, Dictionary<Guid, (Guid? Parent, Guid? Desk)> tree) =>
        scope.Concat(tree.Where(u => u.Value.Desk is { } desk && scope.Contains(desk)).Select(u => u.Key)).ToHashSet();

    /// <summary>Who oversee a unit's work from it or above: its leaders, KSTTHC officers and administrators.</summary>
    public static readonly Role[] Overseers = [Role.Leader, Role.KsttOfficer, Role.Administrator];

    private static readonly Error NotOverseer = Error.Forbidden(new(
        "Chỉ lãnh đạo, cán bộ đầu mối kiểm soát TTHC và quản trị của đơn vị hoặc cấp trên xem được nội dung này.",
        "Only the unit's leaders, KSTTHC officers and administrators, or those above them, may see this."));

    /// <summary>
    /// A unit in scope whose oversight pages (the sub-units' report submissions, the index's records) the officer may
    /// open: a desk receptionist or a specialist reads his own dossiers, not the ledger of the units below.
    /// </summary>
    public async Task<Outcome<Unit>> FindUnitOverseenAsync(string? code, CancellationToken ct)
    {
        var found = await FindUnitInScopeAsync(code, ct);
        return found.Failed ? found : await OverseenAsync(found.Value, ct);
    }

    /// <inheritdoc cref="FindUnitOverseenAsync"/>
    public async Task<Outcome<Unit>> OverseenAsync(Unit unit, CancellationToken ct) =>
        await HoldsAsync(unit.Id, ct, Overseers) ? unit : NotOverseer;

    /// <summary>The units of <paramref name="root"/>'s subtree whose dossiers the officer may read (<see cref="UnitLookup.ReadableSubtree"/>).</summary>
    public async Task<HashSet<Guid>> SubtreeAsync(Guid root, IReadOnlyCollection<Unit> units, CancellationToken ct) =>
        UnitLookup.ReadableSubtree(root, units, await ScopeInAsync(units, ct));

    /// <summary>A unit by its code, if the officer may read its dossiers; one outside his scope answers as unknown: its existence is not his business.</summary>
    public async Task<Outcome<Unit>> FindUnitInScopeAsync(string? code, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "unitCode", ct);
        return found.Failed || (await ScopeAsync(ct)).Contains(found.Value.Id) ? found : Error.NotFound(UnitLookup.UnitNoun, found.Value.Code);
    }

    private async Task<Dictionary<Guid, (Guid? Parent, Guid? Desk)>> TreeAsync(CancellationToken ct) =>
        tree ??= Tree((await directory.AllAsync(db, ct)).Values);
}
