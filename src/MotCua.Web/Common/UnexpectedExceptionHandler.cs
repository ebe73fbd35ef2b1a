using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MotCua.Web.Common;

/// <summary>
/// Only for what no API handler expected (pages fall through to the /Error page). Malformed requests the framework rejects while binding
/// (bad JSON, a body too large) become 400/413 with a Vietnamese title; anything else is a 500.
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
            _ => (500, new Text("Đã có lỗi ngoài dự kiến; yêu cầu chưa được thực hiện.", "An unexpected error occurred; nothing was changed.")),
        };
        if (status == 500)
        {
            logger.LogError(exception, "Unhandled exception for {Path}", path);
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail.ToString() },
        });
    }
}
