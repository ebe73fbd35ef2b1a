using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Notifications;

/// <summary>One reminder e-mail to an officer, under the key that keeps it to a single send.</summary>
public sealed record OfficerEmail(string Key, string Email, string Body);

/// <summary>
/// Reminders by e-mail to the officers of units (feedback owed an answer, plan tasks due): who gets them, and queuing
/// each once — the outbox key is unique, so repeated runs and runs on two nodes queue nothing twice.
/// </summary>
public static class OfficerEmails
{
    /// <summary>
    /// The active officers with an address on file and a role at one of <paramref name="unitIds"/>, by unit; only those
    /// roles when <paramref name="roles"/> names some.
    /// </summary>
    public static async Task<ILookup<Guid, (string UserName, string Email)>> ByUnitAsync(MotCuaDbContext db, IReadOnlyCollection<Guid> unitIds, CancellationToken ct, params Role[] roles)
    {
        bool anyRole = roles.Length == 0;
        var officers = await db.Officers.AsNoTracking()
            .Where(o => o.IsActive && o.Email != null && o.Roles.Any(r => unitIds.Contains(r.UnitId) && (anyRole || roles.Contains(r.Role))))
            .Select(o => new { o.UserName, o.Email, Units = o.Roles.Where(r => anyRole || roles.Contains(r.Role)).Select(r => r.UnitId).ToList() })
            .ToListAsync(ct);
        return officers.SelectMany(o => o.Units.Distinct().Select(u => (Unit: u, o.UserName, Email: o.Email!))).ToLookup(o => o.Unit, o => (o.UserName, o.Email));
    }

    /// <summary>Queues the reminders not queued before and saves them; answers how many were queued.</summary>
    public static async Task<int> QueueOnceAsync(MotCuaDbContext db, IReadOnlyList<OfficerEmail> reminders, DateTimeOffset now, CancellationToken ct)
    {
        var keys = reminders.Select(r => r.Key + "|email").ToList();
        var queued = (await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct)).ToHashSet();
        var fresh = reminders.Where(r => !queued.Contains(r.Key + "|email")).ToList();
        foreach (var reminder in fresh)
        {
            Outbox.Queue(db, reminder.Key, null, null, reminder.Email, reminder.Body, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            // Another node queued some of them at the same moment; the next run queues whatever is still missing.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
