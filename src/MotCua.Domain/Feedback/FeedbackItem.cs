namespace MotCua.Domain.Feedback;

/// <summary>
/// A phản ánh, kiến nghị (DOMAIN.md §6). Keeps the instant of every milestone the indicators read — receipt, last
/// routing, first information request, refusal, answer, publication, closing — besides the appended events, so that
/// lists and statistics need no replay, and the votes on its published answer (INDICATORS-766.md 5.3).
/// </summary>
public sealed class FeedbackItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Code { get; init; }

    public FeedbackKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Content { get; init; }

    /// <summary>The dossier the feedback is about, when the sender gave its code.</summary>
    public string? DossierCode { get; init; }

    public string? ProcedureCode { get; init; }

    /// <summary>The code of an earlier feedback whose published answer this one complains about (INDICATORS-766.md 5.3).</summary>
    public string? ComplainsAbout { get; init; }

    /// <summary>The unit that holds the feedback and owes the answer.</summary>
    public Guid UnitId { get; set; }

    public required FeedbackSender Sender { get; init; }

    /// <summary>The officer who typed it in for a citizen (at the desk, by phone); null when the citizen sent it.</summary>
    public string? EnteredBy { get; init; }

    public FeedbackStatus Status { get; set; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>While waiting for the sender: when the clock stopped and the working time it had left.</summary>
    public DateTimeOffset? StoppedAt { get; set; }

    public TimeSpan? RemainingWhenStopped { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }

    public DateTimeOffset? InformationRequestedAt { get; set; }

    public DateTimeOffset? RefusedAt { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? Answer { get; set; }

    public string? RefusalReason { get; set; }

    public int SatisfiedVotes { get; set; }

    public int UnsatisfiedVotes { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public int Version { get; set; }
}
