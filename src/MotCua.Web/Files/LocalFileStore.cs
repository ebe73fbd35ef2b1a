using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Files;

/// <summary>
/// The store in a local folder, one file per content at <c>root/ab/abcdef…</c> (the first two hex
/// digits spread the files over 256 folders), written through <see cref="AtomicFile"/> so a crash or a
/// concurrent reader never sees half a file.
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
        try
        {
            await AtomicFile.WriteAsync(path, content, ct);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another request stored the same content meanwhile: same key, same bytes.
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
