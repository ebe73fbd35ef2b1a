using MotCua.Web.Features.Reports;

namespace MotCua.Web.Jobs;

/// <summary>
/// Reminds units of report deadlines every <c>Jobs:ReportReminderInterval</c> (an hour unless configured), on one node
/// at a time; the outbox key makes a repeated run queue nothing twice.
/// </summary>
public sealed class ReportReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<ReportReminderWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:ReportReminderInterval", TimeSpan.FromHours(1)), clock, logger)
{
    protected override string JobName => "Report reminders";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<RemindReportDeadlines>().RunAsync(ct);
}
