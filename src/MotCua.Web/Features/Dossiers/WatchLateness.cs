using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Finds the dossiers that will be late (due within one working day) or are late without an
/// apology's new appointment, and files one reminder for each (DOMAIN.md §4–5: the unit must
/// apologize no later than one working day before the due date).
/// </summary>
public sealed class WatchLateness(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{
    private static readonly DossierStatus[] Running = [DossierStatus.InProgress, DossierStatus.Approved];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForUnitAsync(null, ct);
        var horizon = calendar.AddWorkingTime(now, calendar.Hours.PerDay);
        var candidates = await db.Dossiers.AsNoTracking()
            .Where(d => Running.Contains(d.Status) && d.DueAt != null && d.DueAt <= horizon && d.RescheduledTo == null)
            .Select(d => new { d.Id, d.UnitId, d.AssignedTo, DueAt = d.DueAt!.Value })
            .ToListAsync(ct);
        var ids = candidates.Select(c => c.Id).ToList();
        var filed = (await db.OfficerReminders.AsNoTracking().Where(r => ids.Contains(r.DossierId)).Select(r => new { r.DossierId, r.Kind, r.DueAt }).ToListAsync(ct))
            .Select(r => (r.DossierId, r.Kind, r.DueAt)).ToHashSet();
        var added = 0;
        foreach (var dossier in candidates)
        {
            var kind = dossier.DueAt < now ? "late" : "dueSoon";
            if (filed.Add((dossier.Id, kind, dossier.DueAt)))
            {
                db.OfficerReminders.Add(new OfficerReminder { DossierId = dossier.Id, UnitId = dossier.UnitId, AssignedTo = dossier.AssignedTo, Kind = kind, DueAt = dossier.DueAt, CreatedAt = now });
                added++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node filed the same reminders at the same moment: the unique index kept one of each.
            return 0;
        }

        return added;
    }
}
