using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record FeedbackQuery(string? Q, string? Status, string? UnitCode, string? Due);

public sealed record FeedbackSummary(string Code, FeedbackKind Kind, string Title, FeedbackStatus Status, string UnitCode, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, bool Late);

/// <summary>
/// The officer's feedback inbox: feedback held by his units, filtered by status, unit, words, and what is due (open:
/// still owed an answer; soon: within the reminder window; overdue: owed and past due); earliest due first.
/// </summary>
public sealed class ListFeedback(MotCuaDbContext db, FeedbackPermissions permissions, CalendarSource calendars, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<Paged<FeedbackSummary>>> HandleAsync(FeedbackQuery query, PageRequest page, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var items = db.Feedback.AsNoTracking().Where(f => scope.Contains(f.UnitId));
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (!Enum.TryParse<FeedbackStatus>(query.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                return Error.Validation("status", new("Trạng thái phản ánh không hợp lệ.", "Unknown feedback status."));
            }

            items = items.Where(f => f.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unitId = await db.Units.Where(u => u.Code == query.UnitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                return Error.NotFound(UnitLookup.UnitNoun, query.UnitCode);
            }

            items = items.Where(f => f.UnitId == unitId);
        }

        foreach (var term in SearchText.Terms(query.Q))
        {
            items = items.Where(f => f.SearchText.Contains(term));
        }

        var now = clock.GetUtcNow();
        switch (query.Due?.ToLowerInvariant())
        {
            case null or "":
                break;
            case "open":
                items = items.Where(f => f.Status == FeedbackStatus.Received || f.Status == FeedbackStatus.Assigned || f.Status == FeedbackStatus.WaitingInformation);
                break;
            case "soon":
                var horizon = FeedbackDue.ReminderHorizon(await calendars.ForUnitAsync(null, ct), now);
                items = items.Where(f => FeedbackWorkflow.Running.Contains(f.Status) && f.DueAt >= now && f.DueAt <= horizon);
                break;
            case "overdue":
                items = items.Where(FeedbackLateness.OverdueOpen(now));
                break;
            default:
                return Error.Validation("due", new("Bộ lọc hạn phải là open, soon hoặc overdue.", "due must be open, soon or overdue."));
        }

        var total = await items.CountAsync(ct);
        var rows = await items.OrderBy(f => f.DueAt).ThenBy(f => f.Code).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var codes = await directory.CodesAsync(db, ct);
        var vn = WorkingCalendar.VietnamOffset;
        var summaries = rows.Select(f => new FeedbackSummary(f.Code, f.Kind, f.Title, f.Status, codes[f.UnitId], f.ReceivedAt.ToOffset(vn), f.DueAt.ToOffset(vn), FeedbackLateness.IsLate(f, now))).ToList();
        return new Paged<FeedbackSummary>(summaries, page.Page, page.PageSize, total);
    }
}
