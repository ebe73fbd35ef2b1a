using MotCua.Domain.Feedback;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Feedback;

/// <summary>Checks a submission completely and lists every problem at once, in the sender's words where possible.</summary>
public static class FeedbackRules
{
    public const int TitleLength = 200;
    public const int ContentLength = 4000;

    public static FeedbackKind? ParseKind(string? kind) =>
        Enum.TryParse<FeedbackKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    public static Dictionary<string, Text[]> Validate(FeedbackRequest request)
    {
        var errors = new Dictionary<string, Text[]>();
        if (ParseKind(request.Kind) is null)
        {
            errors["kind"] = [new("Chọn loại phản ánh: về quy định hành chính (regulation) hoặc về hành vi, việc giải quyết TTHC (handling).", "kind must be regulation or handling.")];
        }

        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > TitleLength)
        {
            errors["title"] = [new Text("Chưa nhập tiêu đề (tối đa {0} ký tự).", "The title is required (at most {0} characters).").Format(TitleLength)];
        }

        if (string.IsNullOrWhiteSpace(request.Content) || request.Content.Trim().Length > ContentLength)
        {
            errors["content"] = [new Text("Chưa nhập nội dung phản ánh, kiến nghị (tối đa {0} ký tự).", "The content is required (at most {0} characters).").Format(ContentLength)];
        }

        if (request.Sender?.Name is { Length: > 200 })
        {
            errors["sender.name"] = [new("Họ và tên dài tối đa 200 ký tự.", "The name is at most 200 characters.")];
        }

        ContactRules.Check(request.Sender?.Phone?.Trim(), request.Sender?.Email?.Trim(), "sender.", errors);
        return errors;
    }
}
