namespace MotCua.Web.Common;

/// <summary>
/// Refuses a query value with a NUL character, before any page or endpoint reads it: no text of the application holds
/// one, and PostgreSQL refuses it as a parameter (22021), so wherever such a value reached a query the answer was a 500.
/// JSON bodies are guarded by <see cref="NulFreeStringConverter"/>; a NUL in a path is refused by the server itself.
/// </summary>
public static class NulRefusal
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var field = context.Request.Query.FirstOrDefault(q => q.Key.Contains('\0', StringComparison.Ordinal) || q.Value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true)).Key;
        if (field is null)
        {
            await next();
            return;
        }

        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // The status code pages show the page for 400.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await Error.Validation(field.Replace("\0", string.Empty, StringComparison.Ordinal), Message).ToProblem().ExecuteAsync(context);
    }

    public static Text Message { get; } = new("Giá trị chứa ký tự NUL (\\0), không được chấp nhận.", "The value contains a NUL character (\\0), which is not accepted.");
}
