using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// The feedback and petitions form (REPORTS.md §4): received by channel, or carried over; by kind; handled on time, late,
/// or in progress at the end; answers published; satisfaction by the votes. Every feedback counted on the intake side is
/// handled in the period or in progress at its end, so carried over + received = on time + late + in progress.
/// </summary>
public static class FeedbackTally
{
    public const string ReceivedOnline = "feedbackOnline";
    public const string ReceivedEntered = "feedbackEntered";
    public const string CarriedOver = "feedbackCarriedOver";
    public const string Regulation = "feedbackRegulation";
    public const string Handling = "feedbackHandling";
    public const string HandledOnTime = "feedbackOnTime";
    public const string HandledLate = "feedbackLate";
    public const string InProgress = "feedbackInProgress";
    public const string AnswersPublished = "feedbackPublished";
    public const string Satisfied = "feedbackSatisfied";
    public const string Unsatisfied = "feedbackUnsatisfied";

    /// <param name="enteredByOfficer">Whether an officer entered it (a letter, a call, at the desk), rather than the sender online.</param>
    public static Measures Count(IEnumerable<(FeedbackFacts Facts, bool EnteredByOfficer)> feedback, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        ArgumentNullException.ThrowIfNull(context);
        var (from, to) = (context.Period.From, context.Period.To);
        var measures = new Measures();
        foreach (var (f, entered) in feedback)
        {
            if (f.ReceivedAt >= to || f.HandledAt < from)
            {
                continue;
            }

            measures.Add(f.ReceivedAt < from ? CarriedOver : entered ? ReceivedEntered : ReceivedOnline);
            if (f.ReceivedAt >= from)
            {
                measures.Add(f.Kind == Feedback.FeedbackKind.Regulation ? Regulation : Handling);
            }

            if (f.HandledAt < to)
            {
                measures.Add(FeedbackTimeliness.HandledOnTime(f, context) ? HandledOnTime : HandledLate);
                if (f.SatisfiedVotes + f.UnsatisfiedVotes > 0)
                {
                    measures.Add(f.UnsatisfiedVotes > f.SatisfiedVotes ? Unsatisfied : Satisfied);
                }
            }
            else
            {
                measures.Add(InProgress);
            }

            if (context.Period.Contains(f.PublishedAt ?? DateTimeOffset.MaxValue))
            {
                measures.Add(AnswersPublished);
            }
        }

        return measures;
    }
}
