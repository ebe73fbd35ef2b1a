using MotCua.Web.Features.Plans;

namespace MotCua.Web.Jobs;

/// <summary>
/// Reminds lead units of plan tasks due soon or overdue, every <c>Jobs:PlanReminderInterval</c> (an hour unless
/// configured), on one node at a time; the outbox key makes a repeated run queue nothing twice.
/// </summary>
public sealed class PlanReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<PlanReminderWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:PlanReminderInterval", TimeSpan.FromHours(1)), clock, logger)
{
    protected override string JobName => "Plan reminders";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<RemindPlanTasks>().RunAsync(ct);
}
