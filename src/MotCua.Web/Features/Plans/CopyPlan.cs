using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Plans;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Plans;

/// <param name="Year">The new plan's year; the year after the plan's by default.</param>
/// <param name="Number">The new plan's number; the same number by default, as offices number their yearly plans alike.</param>
public sealed record CopyPlanRequest(int? Year, string? Number, DateOnly? IssuedOn);

/// <summary>
/// Copies a plan into another year (<see cref="PlanYearCopy"/>): each task keeps its text and units, its deadline moves
/// to the same day and month, and the instances are expanded afresh against that year's holidays; nothing is reported
/// yet. A deadline that gives no date in the new year stops the copy, naming the task: nothing is saved.
/// </summary>
public sealed class CopyPlan(MotCuaDbContext db, PlanPermissions permissions, CalendarSource calendars, TimeProvider clock)
{
    public async Task<Outcome<PlanCreated>> HandleAsync(Guid planId, CopyPlanRequest request, CancellationToken ct)
    {
        var found = await permissions.FindOwnPlanAsync(planId, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var source = found.Value;
        var year = request.Year ?? source.Year + 1;
        if (year is < CreatePlan.MinYear or > CreatePlan.MaxYear || year == source.Year)
        {
            return Error.Validation("year", new Text("Năm của bản sao phải từ {0} đến {1} và khác năm {2} của kế hoạch gốc.", "The copy's year must be between {0} and {1} and not the plan's own year {2}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear, source.Year));
        }

        var number = string.IsNullOrWhiteSpace(request.Number) ? source.Number : request.Number.Trim();
        var errors = new Dictionary<string, Text[]>();
        PlanRules.Optional(errors, "number", number, 50);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        if (await db.Plans.AnyAsync(p => p.UnitId == source.UnitId && p.Year == year && p.Number == number, ct))
        {
            return Error.Conflict(new Text("Đơn vị đã có kế hoạch số {0} năm {1}.", "The unit already has plan {0} of {1}.").Format(number, year));
        }

        var copy = new Plan
        {
            UnitId = source.UnitId,
            Year = year,
            Number = number,
            Title = source.Title.Replace(Year(source.Year), Year(year), StringComparison.Ordinal),
            IssuedOn = request.IssuedOn ?? PlanYearCopy.SameDayIn(source.IssuedOn, year),
            SignerPosition = source.SignerPosition,
            SignerName = source.SignerName,
            CreatedBy = permissions.UserName,
            CreatedAt = clock.GetUtcNow(),
        };
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Position).ToListAsync(ct);
        var instances = new List<TaskInstance>();
        var copied = new List<PlanTask>();
        foreach (var task in tasks)
        {
            var moved = PlanTaskInput.Stored(task) is { } due ? PlanYearCopy.Due(due, year) : null;
            var (kind, value) = moved is null ? (task.DueKind, task.DueValue) : PlanTaskInput.Entered(moved);
            var next = new PlanTask
            {
                PlanId = copy.Id, Section = task.Section, Position = task.Position, Content = task.Content, LeadUnitId = task.LeadUnitId,
                CoordinatingUnitCodes = task.CoordinatingUnitCodes, Performers = task.Performers, ExpectedOutput = task.ExpectedOutput,
                DueKind = kind, DueValue = value, DueText = task.DueText?.Replace(Year(source.Year), Year(year), StringComparison.Ordinal),
                CreatedAt = copy.CreatedAt,
            };
            if (moved is not null)
            {
                var schedule = TaskDueSchedule.Expand(moved, year, await calendars.ForUnitAsync(task.LeadUnitId, ct));
                if (schedule.Problem is { } problem)
                {
                    var label = PlanLabels.Due(problem, task.DueText ?? task.DueValue);
                    return Error.Validation("tasks", new Text($"Nhiệm vụ {task.Position}: {label.Vi}", $"Task {task.Position}: {label.En}"));
                }

                instances.AddRange(PlanTaskInput.Instances(new PlanTaskDraft(next, schedule.Dates)));
            }

            copied.Add(next);
        }

        db.Plans.Add(copy);
        db.PlanTasks.AddRange(copied);
        db.TaskInstances.AddRange(instances);
        await db.SaveChangesAsync(ct);
        return new PlanCreated(copy.Id);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
