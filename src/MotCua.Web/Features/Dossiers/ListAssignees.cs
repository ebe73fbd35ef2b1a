using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>An officer who may take the dossier's step, with how many open dossiers are assigned to him now.</summary>
public sealed record AssigneeOption(string UserName, string FullName, string UnitCode, int OpenDossiers);

public sealed record TransferUnit(string Code, string Name);

/// <summary>GET /api/v1/dossiers/{code}/assignees: whom to assign (<see cref="Role"/> is the step's role) and where to transfer.</summary>
public sealed record AssigneeChoices(Role Role, IReadOnlyList<AssigneeOption> Officers, IReadOnlyList<TransferUnit> TransferUnits);

/// <summary>
/// Pick a person, not a login (issue 18): the active officers who hold the role of the dossier's next step that is
/// not the desk's, at a unit from which they may act on it (its desk, the unit, the units above it; nearest first,
/// then the least loaded); and the units a transfer may go to: those the procedure's process names, or else those
/// it lists as resolving it — not every unit of the province.
/// </summary>
public sealed class ListAssignees(MotCuaDbContext db, DossierPermissions permissions, UnitDirectory directory)
{
    public async Task<Outcome<AssigneeChoices>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var dossier = found.Value;
        var procedure = await db.Procedures.AsNoTracking().Include(p => p.Units).FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var role = procedure.Steps.Skip(dossier.CurrentStep).FirstOrDefault(s => s.Role != Role.Receptionist)?.Role ?? Role.Specialist;
        var units = (await directory.AllAsync(db, ct)).Values.ToList();
        var acting = DossierPermissions.ActingUnits(DossierPermissions.Tree(units), dossier.CurrentUnitId).ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Roles)
            .Where(o => o.IsActive && o.Roles.Any(r => r.Role == role && acting.Contains(r.UnitId)))
            .ToListAsync(ct);
        var names = officers.Select(o => o.UserName).ToList();
        var load = await db.Dossiers.AsNoTracking()
            .Where(d => d.AssignedTo != null && names.Contains(d.AssignedTo) && InboxView.Open.Contains(d.Status))
            .GroupBy(d => d.AssignedTo!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var options = officers
            .Select(o => (Officer: o, Unit: acting.First(u => o.Roles.Any(r => r.Role == role && r.UnitId == u))))
            .OrderBy(x => acting.IndexOf(x.Unit)).ThenBy(x => load.GetValueOrDefault(x.Officer.UserName)).ThenBy(x => x.Officer.FullName, StringComparer.Ordinal)
            .Select(x => new AssigneeOption(x.Officer.UserName, x.Officer.FullName, codes[x.Unit], load.GetValueOrDefault(x.Officer.UserName)))
            .ToList();
        return new AssigneeChoices(role, options, TransferUnits(procedure, units, dossier.CurrentUnitId));
    }

    private static List<TransferUnit> TransferUnits(Domain.Catalog.Procedure procedure, List<Unit> units, Guid current)
    {
        var named = procedure.Steps.Select(s => s.UnitCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var resolving = procedure.Units.Select(u => u.UnitId).ToHashSet();
        return units
            .Where(u => u.IsActive && u.Id != current && (named.Count > 0 ? named.Contains(u.Code) : resolving.Contains(u.Id)))
            .OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new TransferUnit(u.Code, u.Name))
            .ToList();
    }
}
