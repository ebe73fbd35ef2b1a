using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Data.Configurations;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Keeps, per change sent (<see cref="PortalSync"/>), each attempt and the portal's answer. A change the portal answered
/// about — acknowledged, rejected, or written out by the file adapter — is not sent again, so the dossier is marked with
/// that version; only an acknowledgement marks the moment the dossier first reached the portal (indicator 1.4). A change
/// left unanswered waits twice as long after each failure (<see cref="NationalPortalOptions.BackOff"/>).
/// </summary>
public sealed class PortalSyncRecorder(MotCuaDbContext db, IOptions<NationalPortalOptions> options, TimeProvider clock)
{
    public async Task FailedAsync(IReadOnlyList<SentChange> sent, string error, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var row in await AttemptedAsync(sent, now, ct))
        {
            Postpone(row, error, now);
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task AnsweredAsync(IReadOnlyList<SentChange> sent, IReadOnlyList<PortalAnswer> answers, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var byMessage = answers.GroupBy(a => (a.Code, a.Version)).ToDictionary(g => g.Key, g => g.First());
        var rows = await AttemptedAsync(sent, now, ct);
        var answered = new List<(SentChange Change, PortalAnswer Answer)>();
        foreach (var (change, row) in sent.Zip(rows))
        {
            if (!byMessage.TryGetValue((change.Code, change.Version), out var answer))
            {
                Postpone(row, "The portal's answer left this message out.", now);
                continue;
            }

            row.State = answer.State;
            row.AnsweredAt = now;
            row.AckId = answer.AckId;
            row.RejectedReason = Trim(answer.Reason);
            row.NextAttemptAt = null;
            row.LastError = null;
            answered.Add((change, answer));
        }

        await db.SaveChangesAsync(ct);
        await MarkDossiersAsync(answered, now, ct);
    }

    /// <summary>The rows of the changes sent, created for a first send, each with this attempt counted; in the order sent.</summary>
    private async Task<List<PortalSync>> AttemptedAsync(IReadOnlyList<SentChange> sent, DateTimeOffset now, CancellationToken ct)
    {
        var ids = sent.Select(s => s.DossierId).ToList();
        var existing = (await db.PortalSyncs.Where(s => ids.Contains(s.DossierId)).ToListAsync(ct)).ToDictionary(s => (s.DossierId, s.Version));
        var rows = new List<PortalSync>(sent.Count);
        foreach (var change in sent)
        {
            if (!existing.TryGetValue((change.DossierId, change.Version), out var row))
            {
                row = new PortalSync { DossierId = change.DossierId, Version = change.Version, State = PortalSyncState.Waiting };
                db.PortalSyncs.Add(row);
            }

            row.Attempts++;
            row.LastAttemptAt = now;
            rows.Add(row);
        }

        return rows;
    }

    private void Postpone(PortalSync row, string error, DateTimeOffset now)
    {
        row.State = PortalSyncState.Waiting;
        row.LastError = Trim(error);
        row.NextAttemptAt = now + options.Value.BackOff(row.Attempts);
    }

    /// <summary>
    /// Saved one by one through the context, so that the daily aggregates count the synchronization (ADR 0009); a
    /// dossier changed meanwhile is read again and marked all the same, as its earlier version was answered.
    /// </summary>
    private async Task MarkDossiersAsync(List<(SentChange Change, PortalAnswer Answer)> answered, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (change, answer) in answered)
        {
            for (var attempt = 1; ; attempt++)
            {
                var dossier = await db.Dossiers.SingleAsync(d => d.Id == change.DossierId, ct);
                dossier.SyncedVersion = Math.Max(dossier.SyncedVersion ?? 0, change.Version);
                if (answer.State == PortalSyncState.Acknowledged)
                {
                    dossier.SynchronizedAt ??= now;
                }

                try
                {
                    await db.SaveChangesAsync(ct);
                    break;
                }
                catch (DbUpdateConcurrencyException) when (attempt < 3)
                {
                    db.Entry(dossier).State = EntityState.Detached;
                }
            }
        }
    }

    private static string? Trim(string? text) => text is { Length: > PortalSyncLimits.Text } ? text[..PortalSyncLimits.Text] : text;
}
