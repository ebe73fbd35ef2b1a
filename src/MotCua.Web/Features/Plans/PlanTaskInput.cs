using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Plans;

/// <summary>
/// A deadline as a date, a month or an RFC 5545 rule (API.md, plans), with the plan's own wording in <c>Text</c>. The
/// wording alone is read as the seeds phrase deadlines ("Thường xuyên", "Quý III/2024", "trước ngày 17 của tháng cuối
/// quý"); a wording that waits on an event ("Sau đợt kiểm tra") gives a task without instances until it is dated.
/// </summary>
public sealed record DueRequest(DateOnly? Date, string? Month, string? Rrule, string? Text = null);

public sealed record PlanTaskRequest(
    string? Content, string? LeadUnitCode, IReadOnlyList<string>? CoordinatingUnitCodes, string? ExpectedOutput, DueRequest? Due,
    string? Section = null, string? Performers = null, int? Position = null);

/// <summary>A task read and checked against its plan, with its dated instances, not yet saved.</summary>
public sealed record PlanTaskDraft(PlanTask Task, IReadOnlyList<DateOnly> Dates);

/// <summary>
/// Reads a task of a plan (DOMAIN.md §9) for every way one enters: the API, the page, the .xlsx import and the demo
/// plans. The deadline is expanded within the plan's year on the lead unit's calendar, a day off moving to the working
/// day before; a deadline that gives no date in the year is refused.
/// </summary>
public sealed class PlanTaskInput(MotCuaDbContext db, CalendarSource calendars, TimeProvider clock)
{
    public const string EventKind = "event";

    public async Task<Outcome<PlanTaskDraft>> ReadAsync(Plan plan, PlanTaskRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, Text[]>();
        PlanRules.Required(errors, "content", request.Content, 4000, new("nội dung nhiệm vụ", "The task content"));
        PlanRules.Optional(errors, "expectedOutput", request.ExpectedOutput, 2000);
        PlanRules.Optional(errors, "section", request.Section, 500);
        PlanRules.Optional(errors, "performers", request.Performers, 1000);
        var due = ReadDue(request.Due, plan.Year, errors);
        var (lead, codes) = await PlanUnits.ReadAsync(db, request.LeadUnitCode, request.CoordinatingUnitCodes, errors, ct);
        if (errors.Count > 0 || due is null || lead is null)
        {
            return Error.Validation(errors);
        }

        IReadOnlyList<DateOnly> dates = [];
        if (due.Due is { } taskDue)
        {
            var schedule = TaskDueSchedule.Expand(taskDue, plan.Year, await calendars.ForUnitAsync(lead.Id, ct));
            if (schedule.Problem is { } problem)
            {
                return Error.Validation("due", PlanLabels.Due(problem, due.Text ?? due.Value));
            }

            dates = schedule.Dates;
        }

        var task = new PlanTask
        {
            PlanId = plan.Id,
            Section = request.Section?.Trim() ?? "",
            Position = request.Position ?? 0,
            Content = request.Content!.Trim(),
            LeadUnitId = lead.Id,
            CoordinatingUnitCodes = string.Join(',', codes),
            Performers = Blank(request.Performers),
            ExpectedOutput = Blank(request.ExpectedOutput),
            DueKind = due.Kind,
            DueValue = due.Value,
            DueText = due.Text,
            CreatedAt = clock.GetUtcNow(),
        };
        return new PlanTaskDraft(task, dates);
    }

    /// <summary>The instances of a new task, not started.</summary>
    public static List<TaskInstance> Instances(PlanTaskDraft draft) =>
        [.. draft.Dates.Select(d => new TaskInstance { TaskId = draft.Task.Id, DueDate = d, Status = TaskProgress.NotStarted })];

    /// <summary>The stored deadline read back, or null for one waiting on an event.</summary>
    public static TaskDue? Stored(PlanTask task) => task.DueKind switch
    {
        "date" => new TaskDue.OnDate(DateOnly.ParseExact(task.DueValue, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        "month" => Month(DateOnly.ParseExact(task.DueValue, "yyyy-MM", CultureInfo.InvariantCulture)),
        "rrule" => new TaskDue.Recurring(task.DueValue),
        _ => null,
    };

    /// <summary>How a deadline is stored: kind and value, as the API takes them.</summary>
    public static (string Kind, string Value) Entered(TaskDue due) => due switch
    {
        TaskDue.OnDate d => ("date", d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TaskDue.InMonth m => ("month", m.LastDay.ToString("yyyy-MM", CultureInfo.InvariantCulture)),
        TaskDue.Recurring r => ("rrule", r.Rule),
        _ => throw new ArgumentOutOfRangeException(nameof(due), due, "Not a deadline form."),
    };

    private static TaskDue.InMonth Month(DateOnly first) => new(first.Year, first.Month);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record ReadDeadline(TaskDue? Due, string Kind, string Value, string? Text);

    /// <summary>The deadline, or an error under <c>due</c>.</summary>
    private static ReadDeadline? ReadDue(DueRequest? request, int planYear, Dictionary<string, Text[]> errors)
    {
        var text = Blank(request?.Text);
        PlanRules.Optional(errors, "due", text, 500);
        var forms = new[] { request?.Date is not null, !string.IsNullOrWhiteSpace(request?.Month), !string.IsNullOrWhiteSpace(request?.Rrule) }.Count(f => f);
        if (request is null || forms > 1 || (forms == 0 && text is null))
        {
            errors["due"] = [new("Nhập thời hạn theo đúng một dạng: ngày (date), tháng (month), quy tắc lặp (rrule) hoặc cách ghi của kế hoạch (text).", "Give the deadline in exactly one form: date, month, rrule, or the plan's wording (text).")];
            return null;
        }

        if (errors.ContainsKey("due"))
        {
            return null;
        }

        if (forms == 0)
        {
            var reading = DeadlinePhrasing.Read(text!, planYear);
            if (reading.Problem is { Kind: DueProblemKind.EventTriggered })
            {
                return new ReadDeadline(null, EventKind, "", text);
            }

            if (reading.Problem is { } problem)
            {
                errors["due"] = [PlanLabels.Due(problem, text!)];
                return null;
            }

            var (kind, value) = Entered(reading.Due!);
            return new ReadDeadline(reading.Due, kind, value, text);
        }

        if (request.Date is { } date)
        {
            return new ReadDeadline(new TaskDue.OnDate(date), "date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text);
        }

        if (request.Rrule is { } rule && !string.IsNullOrWhiteSpace(rule))
        {
            PlanRules.Optional(errors, "due", rule, 500);
            return errors.ContainsKey("due") ? null : new ReadDeadline(new TaskDue.Recurring(rule.Trim()), "rrule", rule.Trim(), text);
        }

        var month = request.Month!.Trim();
        if (!DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors["due"] = [new($"Tháng \"{month}\" phải có dạng yyyy-MM, ví dụ 2024-06.", $"The month \"{month}\" must be yyyy-MM, e.g. 2024-06.")];
            return null;
        }

        return new ReadDeadline(Month(first), "month", month, text);
    }
}
