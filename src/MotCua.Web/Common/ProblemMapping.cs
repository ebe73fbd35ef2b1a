using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MotCua.Web.Common;

/// <summary>The one place where expected failures become RFC 7807 problem details.</summary>
public static class ProblemMapping
{
    /// <summary>Relative problem types: a stable identifier per error, resolvable later to a help page on the host.</summary>
    public const string TypeBase = "/problems/";

    public static ProblemHttpResult ToProblem(this Error error)
    {
        ProblemDetails problem = error.Fields is null
            ? new ProblemDetails()
            : new HttpValidationProblemDetails(error.Fields.ToDictionary(f => f.Key, f => f.Value.Select(t => t.ToString()).ToArray()));
        problem.Type = TypeBase + error.Type;
        problem.Status = error.Status;
        problem.Title = error.Title.ToString();
        problem.Detail = error.Detail?.ToString();
        return TypedResults.Problem(problem);
    }

    /// <summary>Localized titles for problems the framework raises itself (404 route, 405, 401…).</summary>
    public static void Localize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type?.StartsWith(TypeBase, StringComparison.Ordinal) == true)
        {
            return;
        }

        var title = problem.Status switch
        {
            400 => new Text("Yêu cầu không hợp lệ", "Bad request"),
            401 => new Text("Chưa đăng nhập", "Unauthorized"),
            403 => new Text("Không có quyền", "Forbidden"),
            404 => new Text("Không tìm thấy", "Not found"),
            405 => new Text("Phương thức không được hỗ trợ", "Method not allowed"),
            409 => new Text("Xung đột trạng thái", "Conflict"),
            413 => new Text("Tệp hoặc yêu cầu quá lớn", "Payload too large"),
            415 => new Text("Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
            429 => new Text("Quá nhiều yêu cầu, vui lòng thử lại sau", "Too many requests"),
            _ => new Text("Lỗi hệ thống, vui lòng thử lại sau", "An unexpected error occurred"),
        };
        problem.Title = title.ToString();
    }
}
