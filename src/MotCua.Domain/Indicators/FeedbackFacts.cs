using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;

namespace MotCua.Domain.Indicators;

/// <summary>What the index needs to know of one feedback (PAKN: INDICATORS-766.md 5.1–5.3).</summary>
public sealed record FeedbackFacts : IIndexSubject
{
    public required string Code { get; init; }

    public SubjectKind SubjectKind => SubjectKind.Feedback;

    public FeedbackKind Kind { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The last routing to the unit that owes the answer: the limits of 5.2 run from it when there is one.</summary>
    public DateTimeOffset? TransferredAt { get; init; }

    public DateTimeOffset? RefusedAt { get; init; }

    /// <summary>The first request for more information.</summary>
    public DateTimeOffset? InformationRequestedAt { get; init; }

    /// <summary>Times spent waiting for the sender's information: the answer's limit does not run then.</summary>
    public IReadOnlyList<ClockStop> InformationWaits { get; init; } = [];

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public int SatisfiedVotes { get; init; }

    public int UnsatisfiedVotes { get; init; }

    /// <summary>A new complaint about the answer followed it (5.3): a later feedback naming this one's code.</summary>
    public bool ComplainedAboutAnswer { get; init; }

    /// <summary>When handling ended: refused, answer published, or closed without publication.</summary>
    public DateTimeOffset? HandledAt => RefusedAt ?? PublishedAt ?? ClosedAt;

    /// <summary>Where the limits of 5.2 run from: the last transfer, else receipt.</summary>
    public DateTimeOffset LimitsFrom => TransferredAt ?? ReceivedAt;

    /// <summary>The facts of a feedback: its milestones from the row, its waits from the events.</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    public static FeedbackFacts From(FeedbackItem item, IEnumerable<FeedbackEvent> events, bool complainedAboutAnswer)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(events);
        var waits = new List<ClockStop>();
        DateTimeOffset? waitingSince = null;
        foreach (FeedbackEvent e in events.OrderBy(e => e.Sequence))
        {
            if (!FeedbackActions.TryParse(e.Type, out FeedbackAction action))
            {
                continue;
            }

            if (action == FeedbackAction.RequestInformation)
            {
                waitingSince = e.At;
            }
            else if (waitingSince is { } since && action == FeedbackAction.ReceiveInformation)
            {
                waits.Add(new ClockStop(since, e.At));
                waitingSince = null;
            }
        }

        if (waitingSince is { } open)
        {
            waits.Add(new ClockStop(open, null));
        }

        return new FeedbackFacts
        {
            Code = item.Code,
            Kind = item.Kind,
            ReceivedAt = item.ReceivedAt,
            TransferredAt = item.AssignedAt,
            RefusedAt = item.RefusedAt,
            InformationRequestedAt = item.InformationRequestedAt,
            InformationWaits = waits,
            AnsweredAt = item.AnsweredAt,
            PublishedAt = item.PublishedAt,
            ClosedAt = item.ClosedAt,
            SatisfiedVotes = item.SatisfiedVotes,
            UnsatisfiedVotes = item.UnsatisfiedVotes,
            ComplainedAboutAnswer = complainedAboutAnswer,
        };
    }
}
