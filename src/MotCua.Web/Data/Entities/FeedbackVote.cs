namespace MotCua.Web.Data.Entities;

/// <summary>
/// One voter's vote on a published answer. The counts that indicator 5.3 and the public ranking read stay on the
/// feedback; these rows make each voter count once: the key (feedback, voter) lets only one of two votes sent at
/// the same moment in.
/// </summary>
public sealed class FeedbackVote
{
    public Guid FeedbackId { get; init; }

    /// <summary>Who voted, as <c>Features/Feedback/Voter</c> names him.</summary>
    public required string Voter { get; init; }

    public bool Satisfied { get; init; }

    public DateTimeOffset At { get; init; }
}
