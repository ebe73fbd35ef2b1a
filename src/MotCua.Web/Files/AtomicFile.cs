namespace MotCua.Web.Files;

/// <summary>
/// Writes a file under a temporary name beside it, flushed to disk, then renames it into place, so that a crash or a
/// concurrent reader never sees half a file; the temporary file never outlives the call.
/// </summary>
public static class AtomicFile
{
    /// <exception cref="IOException">The file could not be written, or <paramref name="path"/> exists already.</exception>
    public static async Task WriteAsync(string path, byte[] content, CancellationToken ct)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(content, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
