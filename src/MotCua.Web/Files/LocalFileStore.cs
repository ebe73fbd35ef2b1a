using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Files;

/// <summary>
/// The store in a local folder, one file per content at <c>root/ab/abcdef…</c> (the first two hex
/// digits spread the files over 256 folders). A file is written under a temporary name in its
/// folder and then renamed, so a crash or a concurrent reader never sees half a file.
/// </summary>
public sealed class LocalFileStore(IOptions<FileStoreOptions> options, IHostEnvironment environment) : IFileStore
{
    private readonly string root = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public async Task<string> SaveAsync(byte[] content, CancellationToken ct)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(key);
        if (File.Exists(path))
        {
            return key;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
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
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same content meanwhile: same key, same bytes.
        }
        finally
        {
            File.Delete(temporary);
        }

        return key;
    }

    public Task<byte[]> ReadAsync(string sha256, CancellationToken ct) => File.ReadAllBytesAsync(PathOf(sha256), ct);

    private string PathOf(string key)
    {
        // The key comes from the database, but a path is built from it: never let it name another folder.
        if (key.Length != 64 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(key));
        }

        return Path.Combine(root, key[..2], key);
    }
}
