using System.Text.Json;

namespace MotCua.Web.Common;

/// <summary>
/// Bodies an endpoint reads itself, because it takes several content types: one that is not what its content type
/// says is a 400 problem, as it is for a body the framework binds, not an exception that ends in a 500.
/// </summary>
public static class RequestBodies
{
    public static Text Unreadable { get; } = new(
        "Không đọc được yêu cầu: kiểm tra định dạng JSON và kiểu của từng trường.",
        "The request could not be read: check the JSON syntax and the type of each field.");

    /// <summary>The JSON body as <typeparamref name="T"/>; null for a literal <c>null</c>.</summary>
    public static async Task<Outcome<T?>> JsonAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException)
        {
            return Refused();
        }
    }

    /// <summary>The file sent as the form field <paramref name="field"/>; a broken form (no boundary, cut short) is refused.</summary>
    public static async Task<Outcome<Stream>> FileAsync(HttpRequest request, string field, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException)
        {
            return Refused();
        }

        return form.Files.GetFile(field) is { } file
            ? file.OpenReadStream()
            : Error.Validation(field, new("Chưa chọn tệp để nhập.", "No file was chosen."));
    }

    private static Error Refused() => new("unreadable-request", StatusCodes.Status400BadRequest, new("Yêu cầu không hợp lệ", "Bad request"), Unreadable);
}
