using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Plans;

/// <summary>A deadline in exactly one of its three forms (API.md, plans).</summary>
public sealed record DueRequest(DateOnly? Date, string? Month, string? Rrule);

public sealed record PlanTaskRequest(string? Content, string? LeadUnitCode, IReadOnlyList<string>? CoordinatingUnitCodes, string? ExpectedOutput, DueRequest? Due);

public sealed record InstanceDue(Guid Id, DateOnly DueDate);

public sealed record PlanTaskCreated(Guid Id, IReadOnlyList<InstanceDue> Instances);

/// <summary>
/// A task of a plan with its dated instances (DOMAIN.md §9): the deadline is expanded within the plan's year on the
/// lead unit's calendar, a day off moving to the working day before. A deadline that gives no date in the year saves nothing.
/// </summary>
public sealed class AddPlanTask(MotCuaDbContext db, PlanPermissions permissions, CalendarSource calendars, TimeProvider clock)
{
    public async Task<Outcome<PlanTaskCreated>> HandleAsync(Guid planId, PlanTaskRequest request, CancellationToken ct)
    {
        var plan = await permissions.FindPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error!;
        }

        var errors = new Dictionary<string, Text[]>();
        PlanRules.Required(errors, "content", request.Content, 4000, new("nội dung nhiệm vụ", "The task content"));
        PlanRules.Optional(errors, "expectedOutput", request.ExpectedOutput, 2000);
        var (due, entered) = ReadDue(request.Due, errors);
        var codes = (request.CoordinatingUnitCodes ?? []).Select(c => c?.Trim() ?? "").Distinct().ToList();
        var named = codes.Append(request.LeadUnitCode?.Trim() ?? "").ToList();
        var units = await db.Units.AsNoTracking().Where(u => named.Contains(u.Code)).ToDictionaryAsync(u => u.Code, ct);
        if (string.IsNullOrWhiteSpace(request.LeadUnitCode))
        {
            errors["leadUnitCode"] = [new("Chưa nhập đơn vị chủ trì.", "The lead unit is required.")];
        }
        else if (!units.ContainsKey(request.LeadUnitCode.Trim()))
        {
            errors["leadUnitCode"] = [UnknownUnit(request.LeadUnitCode.Trim())];
        }

        var unknown = codes.Where(c => !units.ContainsKey(c)).Select(UnknownUnit).ToArray();
        if (unknown.Length > 0)
        {
            errors["coordinatingUnitCodes"] = unknown;
        }

        if (errors.Count > 0 || due is null)
        {
            return Error.Validation(errors);
        }

        var lead = units[request.LeadUnitCode!.Trim()];
        var schedule = TaskDueSchedule.Expand(due, plan.Value.Year, await calendars.ForUnitAsync(lead.Id, ct));
        if (schedule.Problem is { } problem)
        {
            return Error.Validation("due", PlanLabels.Due(problem, entered.Value));
        }

        var task = new PlanTask
        {
            PlanId = plan.Value.Id,
            Content = request.Content!.Trim(),
            LeadUnitId = lead.Id,
            CoordinatingUnitCodes = string.Join(',', codes),
            ExpectedOutput = string.IsNullOrWhiteSpace(request.ExpectedOutput) ? null : request.ExpectedOutput.Trim(),
            DueKind = entered.Kind,
            DueValue = entered.Value,
            CreatedAt = clock.GetUtcNow(),
        };
        var instances = schedule.Dates.Select(d => new TaskInstance { TaskId = task.Id, DueDate = d, Status = TaskProgress.NotStarted }).ToList();
        db.PlanTasks.Add(task);
        db.TaskInstances.AddRange(instances);
        await db.SaveChangesAsync(ct);
        return new PlanTaskCreated(task.Id, [.. instances.Select(i => new InstanceDue(i.Id, i.DueDate))]);
    }

    private static Text UnknownUnit(string code) => new($"Không có đơn vị mã \"{code}\".", $"There is no unit \"{code}\".");

    /// <summary>The deadline and how it was entered (kind and text, as stored), or an error under <c>due</c>.</summary>
    private static (TaskDue? Due, (string Kind, string Value) Entered) ReadDue(DueRequest? request, Dictionary<string, Text[]> errors)
    {
        var forms = new[] { request?.Date is not null, !string.IsNullOrWhiteSpace(request?.Month), !string.IsNullOrWhiteSpace(request?.Rrule) }.Count(f => f);
        if (request is null || forms != 1)
        {
            errors["due"] = [new("Nhập thời hạn theo đúng một dạng: ngày (date), tháng (month) hoặc quy tắc lặp (rrule).", "Give the deadline in exactly one form: date, month or rrule.")];
            return (null, ("", ""));
        }

        if (request.Date is { } date)
        {
            return (new TaskDue.OnDate(date), ("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (request.Rrule is { } rule && !string.IsNullOrWhiteSpace(rule))
        {
            PlanRules.Optional(errors, "due", rule, 500);
            return errors.ContainsKey("due") ? (null, ("", "")) : (new TaskDue.Recurring(rule.Trim()), ("rrule", rule.Trim()));
        }

        var month = request.Month!.Trim();
        if (!DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            errors["due"] = [new($"Tháng \"{month}\" phải có dạng yyyy-MM, ví dụ 2024-06.", $"The month \"{month}\" must be yyyy-MM, e.g. 2024-06.")];
            return (null, ("", ""));
        }

        return (new TaskDue.InMonth(first.Year, first.Month), ("month", month));
    }
}
