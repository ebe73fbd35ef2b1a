namespace MotCua.Web.Features.Feedback;

/// <summary>
/// POST /api/v1/public/feedback: what a citizen (or an officer typing it in for him) sends. kind is regulation or
/// handling; a dossier code, procedure code and unit code are optional; so is every part of the sender.
/// </summary>
public sealed record FeedbackRequest(
    string? Kind,
    string? Title,
    string? Content,
    string? DossierCode,
    string? ProcedureCode,
    string? UnitCode,
    FeedbackSenderInput? Sender);

public sealed record FeedbackSenderInput(string? Name, string? Phone, string? Email);

/// <summary>201 answer: the code to follow the feedback with and when the answer is due (+07:00).</summary>
public sealed record FeedbackReceipt(string Code, DateTimeOffset DueAt);
