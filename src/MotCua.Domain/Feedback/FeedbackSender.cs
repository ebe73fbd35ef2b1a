namespace MotCua.Domain.Feedback;

/// <summary>Who sent a feedback, as far as he chose to say: every part is optional (anonymous feedback is allowed).</summary>
public sealed record FeedbackSender(string? Name, string? Phone, string? Email);
