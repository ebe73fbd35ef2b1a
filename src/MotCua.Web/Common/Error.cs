namespace MotCua.Web.Common;

/// <summary>
/// An expected failure, as a value: a stable problem type, an HTTP status, a title and detail in
/// both languages, and field errors for validation. Mapped to RFC 7807 in <see cref="ProblemMapping"/>.
/// </summary>
public sealed record Error(string Type, int Status, Text Title, Text? Detail = null, IReadOnlyDictionary<string, Text[]>? Fields = null)
{
    public static Error Validation(IReadOnlyDictionary<string, Text[]> fields) => new(
        "validation", StatusCodes.Status400BadRequest,
        new("Dữ liệu không hợp lệ", "Invalid input"),
        new("Vui lòng sửa các lỗi được liệt kê rồi gửi lại.", "Please correct the listed errors and try again."),
        fields);

    public static Error Validation(string field, Text message) => Validation(new Dictionary<string, Text[]> { [field] = [message] });

    /// <summary>What went wrong in words, for a log or a console: each field's messages, else the detail, else the title.</summary>
    public Text Describe(string separator)
    {
        List<Text> lines = Fields is { Count: > 0 } fields ? [.. fields.SelectMany(f => f.Value)] : [Detail ?? Title];
        return new(string.Join(separator, lines.Select(l => l.Vi)), string.Join(separator, lines.Select(l => l.En)));
    }

    public static Error NotFound(Text what, string key) => new(
        "not-found", StatusCodes.Status404NotFound,
        new("Không tìm thấy", "Not found"),
        new Text($"Không tìm thấy {what.Vi} \"{key}\".", $"{what.En} \"{key}\" was not found."));

    public static Error Conflict(Text detail) => new(
        "conflict", StatusCodes.Status409Conflict, new("Xung đột trạng thái", "Conflict"), detail);

    /// <summary>A sign-in refused: the detail never says whether the account exists.</summary>
    public static Error InvalidCredentials(Text detail) => new(
        "invalid-credentials", StatusCodes.Status401Unauthorized, new("Đăng nhập không thành công", "Sign-in failed"), detail);

    /// <summary>The same title as the rate-limiting middleware's 429, for limits a handler applies itself.</summary>
    public static Error TooManyRequests(Text detail) => new(
        "too-many-requests", StatusCodes.Status429TooManyRequests, new("Quá nhiều yêu cầu, vui lòng thử lại sau", "Too many requests"), detail);

    public static Error Forbidden(Text detail) => new(
        "forbidden", StatusCodes.Status403Forbidden, new("Không có quyền", "Forbidden"), detail);

    public static Error Rule(Text detail) => new(
        "business-rule", StatusCodes.Status422UnprocessableEntity, new("Không thể thực hiện theo quy định", "Refused by a business rule"), detail);

    /// <summary>An outside system (mail server, gateway, portal) refused or did not answer; nothing was changed here.</summary>
    public static Error Upstream(Text detail) => new(
        "upstream-failed", StatusCodes.Status502BadGateway, new("Hệ thống bên ngoài không nhận yêu cầu", "The outside system did not accept the request"), detail);
}
