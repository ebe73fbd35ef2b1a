using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Plans;
using MotCua.Web.Features.Reviews;

namespace MotCua.Web.Data.Seed;

/// <summary>
/// The 2024 plans of the seeds entered as data (plans.json): seed 000's Phụ lục III (tasks) and IV (procedures to review)
/// for thị xã Phước Long and seed 004's
/// task tables for a ward, mapped to phường Long Thủy. Each task goes through <see cref="PlanTaskInput"/>, so the demo
/// plans obey the rules a plan entered by hand obeys; the deadline is the plan's own wording, read as the product reads it.
/// </summary>
public sealed class DemoPlans(MotCuaDbContext db, PlanTaskInput input, ReviewItemInput reviewInput, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        foreach (var seed in DemoData.ReadSeed<List<PlanSeed>>("plans.json"))
        {
            var plan = new Plan
            {
                UnitId = units[seed.UnitCode], Year = seed.Year, Number = seed.Number, Title = seed.Title, IssuedOn = seed.IssuedOn,
                SignerPosition = seed.SignerPosition, SignerName = seed.SignerName, CreatedBy = DemoActors.System, CreatedAt = clock.GetUtcNow(),
            };
            db.Plans.Add(plan);
            var position = 0;
            foreach (var task in seed.Tasks)
            {
                var draft = await input.ReadAsync(plan, task with { Position = ++position }, ct);
                if (draft.Failed)
                {
                    throw new InvalidOperationException($"{seed.Source}, task {position}: {Problems(draft.Error)}");
                }

                db.PlanTasks.Add(draft.Value.Task);
                db.TaskInstances.AddRange(PlanTaskInput.Instances(draft.Value));
            }

            foreach (var (item, index) in (seed.ReviewItems ?? []).Select((item, index) => (item, index)))
            {
                var read = await reviewInput.ReadAsync(plan, item, index + 1, ct);
                db.ReviewPlanItems.Add(read.Failed ? throw new InvalidOperationException($"{seed.Source}, review item {index + 1}: {Problems(read.Error)}") : read.Value);
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Problems(Common.Error error) =>
        string.Join("; ", (error.Fields ?? new Dictionary<string, Common.Text[]>()).Select(f => $"{f.Key}: {string.Join(" ", f.Value.Select(t => t.En))}"));

    /// <param name="Source">Which seed and appendix the plan transcribes.</param>
    /// <param name="ReviewItems">The procedures the plan sets out to review (seed 000 Phụ lục IV).</param>
    private sealed record PlanSeed(
        string Source, string UnitCode, int Year, string Number, string Title, DateOnly IssuedOn, string SignerPosition, string SignerName, List<PlanTaskRequest> Tasks,
        List<ReviewItemRequest>? ReviewItems = null);
}
