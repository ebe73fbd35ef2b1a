using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Calendar;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Sends the national portal every dossier whose state changed since the portal last answered about it (its version
/// moved on), oldest first, one batch a run, leaving out the changes whose last send failed until their back-off has
/// passed; <see cref="PortalSyncRecorder"/> keeps what the portal answered about each. Without an adapter configured
/// nothing is sent and nothing is marked.
/// </summary>
public sealed class SynchronizeDossiers(MotCuaDbContext db, INationalPortal portal, PortalSyncRecorder recorder, ConnectionJournal journal,
    IOptions<NationalPortalOptions> options, TimeProvider clock, ILogger<SynchronizeDossiers> logger)
{
    /// <summary>The statuses sent this run, answered or not: 0 when nothing was due.</summary>
    public async Task<int> HandleAsync(CancellationToken ct)
    {
        if (options.Value.Adapter == NationalPortalOptions.None)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await db.Dossiers.AsNoTracking()
            .Where(d => (d.SyncedVersion == null || d.SyncedVersion != d.Version)
                && !db.PortalSyncs.Any(s => s.DossierId == d.Id && s.Version == d.Version && s.NextAttemptAt > now))
            .OrderBy(d => d.SubmittedAt).Take(options.Value.Batch)
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
        var sent = due.Select(x => new SentChange(x.Dossier.Id, x.Dossier.Code, x.Dossier.Version)).ToList();
        try
        {
            var answers = await portal.SendAsync(messages, ct);
            await journal.SucceededAsync(NationalPortalConnection.Name, CancellationToken.None);
            await recorder.AnsweredAsync(sent, answers, ct);
            logger.LogInformation("{Count} dossier statuses sent to the national portal, {Answered} answered", messages.Count, answers.Count);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or JsonException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "{Count} dossier statuses could not be sent to the national portal; they are tried again later", messages.Count);
            await journal.FailedAsync(NationalPortalConnection.Name, e.Message, CancellationToken.None);
            await recorder.FailedAsync(sent, e.Message, ct);
        }

        return messages.Count;
    }
}

/// <summary>One dossier's change in a batch: which message carried it.</summary>
public sealed record SentChange(Guid DossierId, string Code, int Version);
