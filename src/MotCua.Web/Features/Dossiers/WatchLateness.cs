using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Finds the dossiers that will be late (due within one working day) or are late without an
/// apology's new appointment, and files one reminder for each (DOMAIN.md §4–5: the unit must
/// apologize no later than one working day before the due date).
/// </summary>
public sealed class WatchLateness(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForUnitAsync(null, ct);
        var horizon = calendar.AddWorkingTime(now, calendar.Hours.PerDay);
        var candidates = await db.Dossiers.AsNoTracking()
            .Where(d => DossierWorkflow.Running.Contains(d.Status) && d.DueAt != null && d.DueAt <= horizon && d.RescheduledTo == null)
            .Select(d => new { d.Id, d.UnitId, d.AssignedTo, DueAt = d.DueAt!.Value })
            .ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var filed = (await db.OfficerReminders.AsNoTracking().Where(r => ids.Contains(r.DossierId)).Select(r => new { r.DossierId, r.Kind, r.DueAt }).ToListAsync(ct))
            .Select(r => (r.DossierId, r.Kind, r.DueAt)).ToHashSet();
        var reminders = candidates
            .Select(d => new OfficerReminder { DossierId = d.Id, UnitId = d.UnitId, AssignedTo = d.AssignedTo, Kind = d.DueAt < now ? "late" : "dueSoon", DueAt = d.DueAt, CreatedAt = now })
            .Where(r => filed.Add((r.DossierId, r.Kind, r.DueAt)))

            // One order on every node: two runs at once then meet on the same first key and one waits for the other
            // (and files the rest one by one), where inserting in different orders would deadlock on the unique index.
            .OrderBy(r => r.DossierId).ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ToList();
        db.OfficerReminders.AddRange(reminders);
        try
        {
            await db.SaveChangesAsync(ct);
            return reminders.Count;
        }
        catch (DbUpdateException)
        {
            // Another node filed some of them at the same moment: file the rest one by one, keeping theirs.
            db.ChangeTracker.Clear();
            return await FileOneByOneAsync(reminders, ct);
        }
    }

    private async Task<int> FileOneByOneAsync(List<OfficerReminder> reminders, CancellationToken ct)
    {
        var added = 0;
        foreach (var reminder in reminders)
        {
            db.OfficerReminders.Add(reminder);
            try
            {
                await db.SaveChangesAsync(ct);
                added++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }
}
