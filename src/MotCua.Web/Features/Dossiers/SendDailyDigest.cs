using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Jobs;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The officers' daily digest (DOMAIN.md §5): each working morning, one e-mail per officer with an address who has
/// dossiers due today, due within three days or late in his charge (assigned to him) or, for a leader, in his units:
/// the counts and the codes with their due times. Queued in the outbox under a key per officer and day, so a retry
/// or a second node never queues it twice; the outbox sends it (offline: logs/notifications.log).
/// </summary>
public sealed class SendDailyDigest(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{
    public const string Job = "daily-digest";

    /// <summary>Codes listed per kind; the counts say how many there are, and the message stays within the outbox's body.</summary>
    private const int Listed = 15;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var local = now.ToOffset(WorkingCalendar.VietnamOffset).DateTime;
        var today = DateOnly.FromDateTime(local);
        var calendar = await calendars.ForUnitAsync(null, ct);

        // The morning the desk opens on a working day; nothing on a day off. One node at a time runs it (the worker's
        // job lease); the mark of the day keeps officers whose dossiers fall due later that morning from a second digest.
        if (!calendar.IsWorkingDay(today) || TimeOnly.FromDateTime(local) < calendar.Hours.Periods[0].Start
            || await JobLeases.IsDoneAsync(db, Job, today, ct))
        {
            return 0;
        }

        var queued = await QueueAsync(today, now, ct);
        await JobLeases.MarkDoneAsync(db, Job, today, ct);
        return queued;
    }

    private async Task<int> QueueAsync(DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var dueToday = await ItemsAsync("today", now, ct);
        var soon = (await ItemsAsync("soon", now, ct)).ExceptBy(dueToday.Select(d => d.Code), d => d.Code).ToList();
        var late = await ItemsAsync("late", now, ct);
        var tree = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct)).Select(u => (u.Id, u.ParentId)).ToList();
        var officers = await db.Officers.AsNoTracking().Include(o => o.Roles).Where(o => o.IsActive && o.Email != null && o.Email != "").ToListAsync(ct);
        var messages = new List<OutboxMessage>();
        foreach (var officer in officers)
        {
            var units = UnitScope.Visible(officer.Roles.Where(r => r.Role == Role.Leader), tree);
            bool Concerns(DigestItem d) => d.AssignedTo == officer.UserName || units.Contains(d.UnitId) || units.Contains(d.CurrentUnitId);
            var kinds = new (string Title, List<DigestItem> Items)[]
            {
                ("Đến hạn hôm nay", dueToday.Where(Concerns).ToList()),
                ("Sắp đến hạn (trong 3 ngày)", soon.Where(Concerns).ToList()),
                ("Quá hạn", late.Where(Concerns).ToList()),
            };
            if (kinds.Any(k => k.Items.Count > 0))
            {
                messages.Add(new OutboxMessage
                {
                    Key = $"digest|{officer.UserName}|{today:yyyy-MM-dd}",
                    Channel = "email",
                    Recipient = officer.Email!,
                    Body = Body(officer.FullName, today, kinds),
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }

        // A run that stopped half-way (its lease lapsed) queued some already: queue only the rest.
        var keys = messages.Select(m => m.Key).ToList();
        var queued = await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(ct);
        var fresh = messages.Where(m => !queued.Contains(m.Key)).ToList();
        db.OutboxMessages.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        return fresh.Count;
    }

    private sealed record DigestItem(string Code, Guid UnitId, Guid CurrentUnitId, string? AssignedTo, DateTimeOffset DueAt);

    private async Task<List<DigestItem>> ItemsAsync(string due, DateTimeOffset now, CancellationToken ct) =>
        await ListDossiers.DueFilter(db.Dossiers.AsNoTracking(), due, now)!
            .OrderBy(d => d.DueAt).ThenBy(d => d.Code)
            .Select(d => new DigestItem(d.Code, d.UnitId, d.CurrentUnitId, d.AssignedTo, d.DueAt!.Value))
            .ToListAsync(ct);

    /// <summary>Vietnamese only, like the applicants' notices: the officers' working language.</summary>
    private static string Body(string fullName, DateOnly today, IEnumerable<(string Title, List<DigestItem> Items)> kinds)
    {
        var body = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"Tổng hợp hồ sơ ngày {today:dd/MM/yyyy} gửi {fullName}.\n"));
        foreach (var (title, items) in kinds)
        {
            body.Append(CultureInfo.InvariantCulture, $"{title}: {items.Count} hồ sơ.\n");
            foreach (var item in items.Take(Listed))
            {
                body.Append(CultureInfo.InvariantCulture, $"- {item.Code}, hạn {DossierLabels.Time(item.DueAt.ToOffset(WorkingCalendar.VietnamOffset))}\n");
            }

            if (items.Count > Listed)
            {
                body.Append(CultureInfo.InvariantCulture, $"  và {items.Count - Listed} hồ sơ khác.\n");
            }
        }

        return body.Append("Xem chi tiết trong mục Hồ sơ của phần mềm Một cửa.").ToString();
    }
}
