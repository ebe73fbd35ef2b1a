namespace MotCua.Web.Features.Feedback;

/// <summary>
/// POST /api/v1/public/feedback: what a citizen (or an officer typing it in for him) sends. kind is regulation or
/// handling; a dossier code, procedure code and unit code are optional; so is every part of the sender.
/// <c>complainsAbout</c> names an earlier feedback whose published answer this one disputes: it goes to that feedback's
/// unit unless another is named, and the earlier one counts as not satisfied (INDICATORS-766.md 5.3).
/// </summary>
public sealed record FeedbackRequest(
    string? Kind,
    string? Title,
    string? Content,
    string? DossierCode,
    string? ProcedureCode,
    string? UnitCode,
    FeedbackSenderInput? Sender,
    string? ComplainsAbout = null);

public sealed record FeedbackSenderInput(string? Name, string? Phone, string? Email);

/// <summary>201 answer: the code to follow the feedback with and when the answer is due (+07:00).</summary>
public sealed record FeedbackReceipt(string Code, DateTimeOffset DueAt);
