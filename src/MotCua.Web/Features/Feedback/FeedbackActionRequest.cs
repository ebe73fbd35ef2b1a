namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Body of POST /api/v1/feedback/{code}/actions/{action}. assign → toUnitCode; request-information and refuse →
/// reason; answer → answer; receive-information, publish and close take an optional note.
/// </summary>
public sealed record FeedbackActionRequest(string? Note, string? Reason, string? Answer, string? ToUnitCode);
