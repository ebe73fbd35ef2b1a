namespace MotCua.Domain.Feedback;

/// <summary>
/// One line of a feedback's history (append-only): who did what, when, at which unit, the state before and after. The
/// Decision 766 index (INDICATORS-766.md 5.2) measures refusal, information request, answer and publication against
/// their limits from these rows.
/// </summary>
public sealed class FeedbackEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid FeedbackId { get; init; }

    public int Sequence { get; init; }

    /// <summary>receive, or an action name of <see cref="FeedbackActions"/>.</summary>
    public required string Type { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ByUserName { get; init; }

    /// <summary>The unit holding the feedback after the event (the new unit for an assignment).</summary>
    public Guid UnitId { get; init; }

    public FeedbackStatus? FromStatus { get; init; }

    public FeedbackStatus ToStatus { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public string? Note { get; init; }
}
