using MotCua.Web.Features.Feedback;

namespace MotCua.Web.Jobs;

/// <summary>
/// Reminds the responsible units of feedback about to be due, every <c>Jobs:FeedbackReminderInterval</c> (15 minutes
/// unless configured), on one node at a time; a reminder's unique key makes a repeated run file nothing twice.
/// </summary>
public sealed class FeedbackReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<FeedbackReminderWorker> logger)
    : PeriodicWorker(scopes, configuration.GetValue("Jobs:FeedbackReminderInterval", TimeSpan.FromMinutes(15)), clock, logger)
{
    protected override string JobName => "Feedback reminders";

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => services.GetRequiredService<RemindFeedback>().RunAsync(ct);
}
