using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>
/// The limits of INDICATORS-766.md 5.2 (national guidance, set in the table, apart from the answer time promised to
/// the citizen in DOMAIN.md §6): refusal, information request and answer counted from receipt or the last transfer;
/// publication from the answer. The answer's limit stands still while the sender is asked for information.
/// </summary>
public static class FeedbackTimeliness
{
    public const string RefusalDays = "feedbackRefusalWorkingDays";

    public const string InformationRequestDays = "feedbackInformationRequestWorkingDays";

    public const string AnswerDays = "feedbackAnswerWorkingDays";

    public const string PublicationDays = "feedbackPublicationWorkingDays";

    public static IReadOnlyList<string> Parameters { get; } = [RefusalDays, InformationRequestDays, AnswerDays, PublicationDays];

    /// <summary>Handled, and every step of it within its limit.</summary>
    public static bool HandledOnTime(FeedbackFacts feedback, IndicatorContext context) =>
        StepsOnTime(feedback, context, DateTimeOffset.MaxValue);

    /// <summary>Still in progress at <paramref name="instant"/>: every step so far within its limit, and the next one's limit not passed.</summary>
    public static bool WithinLimitAt(FeedbackFacts feedback, IndicatorContext context, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(context);
        bool pendingWithin = feedback.AnsweredAt is { } answered && answered < instant
            ? instant <= Limit(context, answered, PublicationDays)
            : !AnswerClock(feedback, context, instant).IsOverdueAt(instant);
        return pendingWithin && StepsOnTime(feedback, context, instant);
    }

    /// <summary>The steps taken before <paramref name="asOf"/>, each within its limit.</summary>
    private static bool StepsOnTime(FeedbackFacts feedback, IndicatorContext context, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(context);
        DateTimeOffset start = feedback.LimitsFrom;
        return Within(feedback.RefusedAt, asOf, () => Limit(context, start, RefusalDays))
            && Within(feedback.InformationRequestedAt, asOf, () => Limit(context, start, InformationRequestDays))
            && Within(feedback.AnsweredAt, asOf, () => AnswerClock(feedback, context, feedback.AnsweredAt!.Value).DueAt)
            && Within(feedback.PublishedAt, asOf, () => Limit(context, feedback.AnsweredAt ?? start, PublicationDays));
    }

    private static bool Within(DateTimeOffset? step, DateTimeOffset asOf, Func<DateTimeOffset> limit) =>
        step is not { } at || at >= asOf || at <= limit();

    private static DateTimeOffset Limit(IndicatorContext context, DateTimeOffset from, string parameter) =>
        context.Calendar.AddWorkingDays(from, context.WorkingDays(parameter));

    /// <summary>The answer's time limit as it stood at <paramref name="asOf"/>: replayed through the waits for the sender, as a dossier's clock.</summary>
    private static DossierClock AnswerClock(FeedbackFacts feedback, IndicatorContext context, DateTimeOffset asOf)
    {
        DateTimeOffset start = feedback.LimitsFrom;
        var clock = DossierClock.Start(context.Calendar, start, context.Calendar.Hours.PerDay * (double)context.WorkingDays(AnswerDays));
        foreach (ClockStop wait in feedback.InformationWaits.Where(w => w.At >= start && w.At < asOf))
        {
            clock = clock.Stop(context.Calendar, wait.At);
            if (wait.ResumedAt is { } resumed && resumed < asOf)
            {
                clock = clock.Resume(context.Calendar, resumed);
            }
        }

        return clock;
    }
}
