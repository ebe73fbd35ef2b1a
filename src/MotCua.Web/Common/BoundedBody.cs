namespace MotCua.Web.Common;

/// <summary>
/// Reads an upload up to a limit: a larger one is refused after that many bytes, whatever the
/// server's own body limit is, and is never held in memory whole.
/// </summary>
public static class BoundedBody
{
    public static async Task<Outcome<byte[]>> ReadAsync(Stream body, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return TooLarge(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static Error TooLarge(long limit) => new(
        "file-too-large", StatusCodes.Status413PayloadTooLarge,
        new("Tệp quá lớn", "File too large"),
        new($"Tệp vượt quá {limit / 1024 / 1024} MB.", $"The file is larger than {limit / 1024 / 1024} MB."));
}
