using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Publications;

/// <summary>A unit (with the units under it; all of the officer's by default) and the days of decisions (yyyy-MM-dd, both included; this month so far by default).</summary>
public sealed record PublicationQuery(string? UnitCode, string? From, string? To);

/// <summary>One change a decision made: the revision, the procedure, and when it was made public at the portal and the desk.</summary>
public sealed record PublishedChange(
    Guid RevisionId, string ProcedureCode, string ProcedureName, ProcedureChangeKind Kind, DateOnly EffectiveDate, DateOnly? PortalOn, DateOnly? DeskOn);

/// <summary>A publication decision (quyết định công bố) as the catalog's revisions record it, with the changes it made.</summary>
public sealed record PublicationDecision(string DecisionNumber, DateOnly DecisionDate, IReadOnlyList<PublishedChange> Changes);

/// <summary>
/// The publication decisions behind the catalog's revisions (<see cref="ProcedureRevision.Publication"/>): the catalog's
/// own save path records each decision with the procedures it adds, amends, replaces or abolishes, so the decisions are
/// read from there, and only the days each change was made public are recorded beside them.
/// </summary>
public sealed class PublicationQueries(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public async Task<Outcome<(IReadOnlyList<PublicationDecision> Decisions, DateOnly From, DateOnly To, Guid? UnitId)>> DecisionsAsync(PublicationQuery query, CancellationToken ct)
    {
        var period = string.IsNullOrWhiteSpace(query.From) && string.IsNullOrWhiteSpace(query.To) ? DossierPeriod.MonthToDate(clock) : DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error;
        }

        var scope = await officer.VisibleUnitIdsAsync(ct);
        IReadOnlyCollection<Guid> units = scope.ToList();
        Guid? unitId = null;
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await db.FindAsync(query.UnitCode, "unitCode", ct);
            if (unit.Failed || !scope.Contains(unit.Value.Id))
            {
                return unit.Failed ? unit.Error : Error.NotFound(UnitLookup.UnitNoun, unit.Value.Code);
            }

            unitId = unit.Value.Id;
            units = [.. UnitLookup.ReadableSubtree(unit.Value.Id, await db.Units.AsNoTracking().ToListAsync(ct), scope)];
        }

        var (from, to) = period.Value;
        return (await DecisionsOfAsync(units, from, to, ct), from, to, unitId);
    }

    /// <summary>The decisions dated in [<paramref name="from"/>, <paramref name="to"/>] with their changes to procedures of <paramref name="units"/>, whoever asks.</summary>
    public async Task<IReadOnlyList<PublicationDecision>> DecisionsOfAsync(IReadOnlyCollection<Guid> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await (from r in db.ProcedureRevisions.AsNoTracking()
                          join p in db.Procedures on r.ProcedureId equals p.Id
                          join d in db.PublicationDisclosures on r.Id equals d.RevisionId into disclosed
                          from d in disclosed.DefaultIfEmpty()
                          where r.Publication != null && p.Units.Any(u => units.Contains(u.UnitId))
                          select new { Revision = r, p.Code, p.Name, PortalOn = d == null ? null : d.PortalOn, DeskOn = d == null ? null : d.DeskOn })
            .ToListAsync(ct);
        return rows
            .Where(r => r.Revision.Publication!.DecisionDate >= from && r.Revision.Publication.DecisionDate <= to)
            .GroupBy(r => r.Revision.Publication!.DecisionNumber, StringComparer.Ordinal)
            .Select(g => new PublicationDecision(g.Key, g.Min(r => r.Revision.Publication!.DecisionDate), [.. g.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => new PublishedChange(
                r.Revision.Id, r.Code, r.Name, r.Revision.Kind, r.Revision.Publication!.EffectiveDate, r.PortalOn, r.DeskOn))]))
            .OrderByDescending(d => d.DecisionDate).ThenBy(d => d.DecisionNumber, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The decisions as the indicators read them, each change made public on the day <paramref name="disclosedOn"/> tells.</summary>
    public static IReadOnlyList<PublicationFacts> Facts(IEnumerable<PublicationDecision> decisions, Func<PublishedChange, DateOnly?> disclosedOn) =>
        [.. decisions.Select(d => new PublicationFacts(d.DecisionNumber, d.DecisionDate, [.. d.Changes.Select(c => new PublishedProcedure(c.ProcedureCode, c.EffectiveDate, disclosedOn(c)))]))];
}
