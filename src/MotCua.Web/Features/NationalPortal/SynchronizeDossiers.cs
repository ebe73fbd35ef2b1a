using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Sends the national portal every dossier whose state changed since it was last sent (its version moved on), oldest
/// first, one batch a run; once delivered, each is marked with the version sent and, the first time, the moment
/// (indicator 1.4). A dossier that changes again while its batch is on the way keeps its new version and goes in the
/// next run. A failed delivery marks nothing, so the next run sends the same statuses again. Without an adapter
/// configured nothing is sent and nothing is marked.
/// </summary>
public sealed class SynchronizeDossiers(MotCuaDbContext db, INationalPortal portal, IOptions<NationalPortalOptions> options, TimeProvider clock, ILogger<SynchronizeDossiers> logger)
{
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        if (options.Value.Adapter == NationalPortalOptions.None)
        {
            return 0;
        }

        var due = await db.Dossiers.AsNoTracking().Where(d => d.SyncedVersion == null || d.SyncedVersion != d.Version).OrderBy(d => d.SubmittedAt).Take(options.Value.Batch)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, ProcedureCode = p.Code })
            .ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var offset = WorkingCalendar.VietnamOffset;
        var messages = due.Select(x => new DossierStatusMessage(
            x.Dossier.Code, x.Dossier.Version, x.ProcedureCode, DossierCodes.AgencyCodeOf(units[x.Dossier.UnitId], units) ?? units[x.Dossier.UnitId].Code,
            JsonNamingPolicy.CamelCase.ConvertName(x.Dossier.Channel.ToString()), DossierStatusNames.Of(x.Dossier.Status), x.Dossier.SubmittedAt.ToOffset(offset),
            x.Dossier.ReceivedAt?.ToOffset(offset), x.Dossier.DueAt?.ToOffset(offset), x.Dossier.EndedAt?.ToOffset(offset))).ToList();
        await portal.SendAsync(messages, ct);

        // Saved one by one through the context, so the daily aggregates count the synchronization (ADR 0009), and on the
        // version read: a dossier changed meanwhile fails its save and is sent again with its new state.
        var now = clock.GetUtcNow();
        var sentVersions = due.ToDictionary(x => x.Dossier.Id, x => x.Dossier.Version);
        var ids = sentVersions.Keys.ToList();
        foreach (var dossier in await db.Dossiers.Where(d => ids.Contains(d.Id)).ToListAsync(ct))
        {
            if (dossier.Version != sentVersions[dossier.Id])
            {
                continue;
            }

            dossier.SyncedVersion = dossier.Version;
            dossier.SynchronizedAt ??= now;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.Entry(dossier).State = EntityState.Detached;
            }
        }

        logger.LogInformation("{Count} dossier statuses sent to the national portal", messages.Count);
        return messages.Count;
    }
}
