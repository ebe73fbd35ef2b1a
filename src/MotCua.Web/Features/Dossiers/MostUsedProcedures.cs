using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

public sealed record FrequentProcedure(string Code, string Name, int Received);

/// <summary>
/// What the desk receives most (issue 18 §11): the procedures in force most received at the counter or by post at the
/// officer's units over the last <see cref="Days"/> days, so that the intake page starts with them rather than a bare
/// search box. Read from the daily aggregates, so it costs a few rows per unit and day whatever the dossiers.
/// </summary>
public sealed class MostUsedProcedures(MotCuaDbContext db, DossierPermissions permissions, TimeProvider clock)
{
    public const int Days = 90;

    public const int Count = 8;

    public async Task<IReadOnlyList<FrequentProcedure>> HandleAsync(CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var since = DossierPeriod.Today(clock).AddDays(-Days);
        var received = db.DailyAggregates.AsNoTracking()
            .Where(a => scope.Contains(a.UnitId) && a.Day > since && (a.Measure == DailyMeasure.ReceivedCounter || a.Measure == DailyMeasure.ReceivedPostal))
            .GroupBy(a => a.ProcedureId)
            .Select(g => new { ProcedureId = g.Key, Received = g.Sum(a => a.Count) });
        return await (from r in received
                      join p in db.Procedures on r.ProcedureId equals p.Id
                      where p.Status == ProcedureStatus.Active
                      orderby r.Received descending, p.Code
                      select new FrequentProcedure(p.Code, p.Name, r.Received))
            .Take(Count).ToListAsync(ct);
    }
}
