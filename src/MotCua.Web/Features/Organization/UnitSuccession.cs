using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// What passes from a merged or abolished unit to its successor (issue 17): the dossiers it holds open (codes and due
/// times unchanged, each with an event in its history), the officers' roles, the procedures it resolves, the open plan
/// tasks it leads, and the units it received for. The unit is placed under its successor, so that from then on its
/// dossiers count and are read there, while the dated tree keeps it where it stood for the periods before. What stays
/// behind is named, never dropped.
/// </summary>
public sealed class UnitSuccession(MotCuaDbContext db, TimeProvider clock)
{
    /// <summary>The type of the event recording that a dossier passed to its unit's successor.</summary>
    public const string PassedToSuccessor = "passToSuccessor";

    public async Task<List<string>> PassAsync(Unit from, Unit to, string by, RoleSuccession roles, CancellationToken ct)
    {
        await PassDossiersAsync(from, to, by, ct);
        await PassGrantsAsync(from.Id, roles == RoleSuccession.Pass ? to.Id : null, ct);
        await PassProceduresAsync(from.Id, to.Id, ct);
        foreach (var task in await db.PlanTasks.Where(t => t.LeadUnitId == from.Id).ToListAsync(ct))
        {
            task.LeadUnitId = to.Id;
        }

        // A desk merged into a service centre: the units it received for are received for by the centre from then on.
        foreach (var served in await db.Units.Where(u => u.OneStopDeskId == from.Id).ToListAsync(ct))
        {
            served.OneStopDeskId = to.Id;
        }

        from.ParentId = to.Id;
        from.MergedIntoId = to.Id;
        from.IsActive = false;
        return await LeftBehindAsync(from, ct);
    }

    private async Task PassDossiersAsync(Unit from, Unit to, string by, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var note = $"{from.Name} → {to.Name}";
        foreach (var dossier in await db.Dossiers.Where(d => d.CurrentUnitId == from.Id && d.EndedAt == null).ToListAsync(ct))
        {
            dossier.CurrentUnitId = to.Id;
            db.DossierEvents.Add(DossierHistory.Noted(dossier, PassedToSuccessor, await db.NextEventSequenceAsync(dossier, ct), now, by, to.Id, note));
        }
    }

    /// <summary>Ends the roles held at <paramref name="from"/>, granting them again at <paramref name="to"/> when given.</summary>
    private async Task PassGrantsAsync(Guid from, Guid? to, CancellationToken ct)
    {
        var existing = await db.RoleGrants.Where(g => g.UnitId == to).Select(g => new { g.OfficerId, g.Role }).ToListAsync(ct);
        foreach (var grant in await db.RoleGrants.Where(g => g.UnitId == from).ToListAsync(ct))
        {
            db.RoleGrants.Remove(grant);
            if (to is { } successor && !existing.Contains(new { grant.OfficerId, grant.Role }))
            {
                db.RoleGrants.Add(new RoleGrant { OfficerId = grant.OfficerId, Role = grant.Role, UnitId = successor });
            }
        }
    }

    private async Task PassProceduresAsync(Guid from, Guid to, CancellationToken ct)
    {
        var already = await db.Set<ProcedureUnit>().Where(p => p.UnitId == to).Select(p => p.ProcedureId).ToListAsync(ct);
        foreach (var link in await db.Set<ProcedureUnit>().Where(p => p.UnitId == from).ToListAsync(ct))
        {
            db.Remove(link);
            if (!already.Contains(link.ProcedureId))
            {
                db.Add(new ProcedureUnit { ProcedureId = link.ProcedureId, UnitId = to });
            }
        }
    }

    /// <summary>Records bound to the unit itself, kept as its history: its targets and its focal officers.</summary>
    private async Task<List<string>> LeftBehindAsync(Unit from, CancellationToken ct)
    {
        var left = new List<string>();
        if (await db.KpiTargets.CountAsync(t => t.UnitId == from.Id, ct) is > 0 and var targets)
        {
            left.Add($"{from.Code}: {targets} chỉ tiêu giữ ở đơn vị cũ / targets kept with the former unit");
        }

        if (await db.FocalOfficers.CountAsync(f => f.UnitId == from.Id, ct) is > 0 and var focal)
        {
            left.Add($"{from.Code}: {focal} cán bộ đầu mối cần chỉ định lại / focal officers to appoint again");
        }

        return left;
    }
}
