using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

public sealed record ReminderInfo(string Code, string Kind, DateTimeOffset DueAt, string ProcedureName, string? AssignedTo, DateTimeOffset CreatedAt, string? AssigneeName);

/// <summary>
/// Nhắc việc: the reminders an officer should see, those assigned to him and those of the units
/// he may see, for dossiers still not resolved, newest first (the most urgent first among those filed at once: one watch
/// run files hundreds at the same instant).
/// </summary>
public sealed class ListReminders(MotCuaDbContext db, DossierPermissions permissions)
{
    public Task<List<ReminderInfo>> HandleAsync(CancellationToken ct) => ListAsync(null, ct);

    /// <summary>One dossier's, which the newest 200 may not reach; 404 for a dossier the officer may not read, as its page.</summary>
    public async Task<Outcome<List<ReminderInfo>>> ForDossierAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        return found.Failed ? found.Error : await ListAsync(found.Value.Id, ct);
    }

    private async Task<List<ReminderInfo>> ListAsync(Guid? dossierId, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var me = permissions.UserName;
        var rows = await db.OfficerReminders.AsNoTracking()
            .Where(r => r.AssignedTo == me || scope.Contains(r.UnitId))
            .Join(db.Dossiers, r => r.DossierId, d => d.Id, (r, d) => new { Reminder = r, Dossier = d })
            .Where(x => x.Dossier.EndedAt == null && x.Dossier.DueAt == x.Reminder.DueAt && (dossierId == null || x.Dossier.Id == dossierId))
            .Join(db.Procedures, x => x.Dossier.ProcedureId, p => p.Id, (x, p) => new { x.Reminder, x.Dossier.Code, x.Dossier.AssignedTo, p.Name })
            .OrderByDescending(x => x.Reminder.CreatedAt).ThenBy(x => x.Reminder.DueAt).ThenBy(x => x.Code).ThenBy(x => x.Reminder.Kind)
            .Take(200)
            .ToListAsync(ct);
        var offset = WorkingCalendar.VietnamOffset;
        var names = await db.OfficerNamesAsync(rows.Select(x => x.AssignedTo), ct);
        return rows.Select(x => new ReminderInfo(
            x.Code, x.Reminder.Kind, x.Reminder.DueAt.ToOffset(offset), x.Name, x.AssignedTo, x.Reminder.CreatedAt.ToOffset(offset),
            x.AssignedTo is { } who ? names.GetValueOrDefault(who) : null)).ToList();
    }
}
