using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Common;

/// <summary>
/// Only for what no API handler expected (pages fall through to the /Error page). Malformed requests the framework rejects while binding
/// (bad JSON, a body too large) become 400/413 with a Vietnamese title; a lost race between two writers a 409; an outage of the database or file store a 503 with
/// Retry-After (<see cref="Outages"/>); anything else is a 500. Either says that nothing was changed only when that is
/// known: a read, or a write under an Idempotency-Key (it runs in one transaction, rolled back whole).
/// </summary>
public sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at /Error: the original path says who asked.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path);
        if (!path.StartsWithSegments("/api"))
        {
            logger.LogError(exception, "Unhandled exception for {Path}", path);
            return false;
        }

        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, new Text(
                "Tệp hoặc yêu cầu vượt quá dung lượng cho phép.", "The file or request is larger than allowed.")),
            BadHttpRequestException bad => (bad.StatusCode, RequestBodies.Unreadable),
            _ when Outages.IsOutage(exception) => (503, Outages.Message),
            // A handler that does not expect a race (two writers extending one record at once) still must not answer 500.
            DbUpdateConcurrencyException => (409, new Text(
                "Dữ liệu vừa được một yêu cầu khác thay đổi cùng lúc; yêu cầu này chưa được lưu. Vui lòng tải lại và thử lại.",
                "Another request changed the same data at the same moment; this one was not saved. Please reload and try again.")),
            _ when NothingChanged(httpContext.Request) => (500, new Text("Đã có lỗi ngoài dự kiến; yêu cầu chưa được thực hiện.", "An unexpected error occurred; nothing was changed.")),
            _ => (500, new Text(
                "Đã có lỗi ngoài dự kiến; yêu cầu có thể chưa được thực hiện trọn vẹn. Hãy kiểm tra lại trước khi gửi lại.",
                "An unexpected error occurred; the request may not have been carried out in full. Check before sending it again.")),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "{Status} for {Path}", status, path);
        }

        if (status == 503)
        {
            Outages.AskToRetryLater(httpContext.Response);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail.ToString() },
        });
    }

    private static bool NothingChanged(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.Headers.ContainsKey(IdempotencyMiddleware.Header);
}
