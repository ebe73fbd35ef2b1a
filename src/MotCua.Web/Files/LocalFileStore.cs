using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Files;

/// <summary>
/// The store in a local folder, one file per content at <c>root/ab/abcdef…</c> (the first two hex
/// digits spread the files over 256 folders), written through <see cref="AtomicFile"/> so a crash or a
/// concurrent reader never sees half a file. A file's write time is the last time its content was saved, by the
/// injected clock: saving the same content again renews it, so the sweep of unnamed files leaves it alone while the
/// row that will name it is being written.
/// </summary>
public sealed class LocalFileStore(IOptions<FileStoreOptions> options, IHostEnvironment environment, TimeProvider clock) : IFileStore
{
    private readonly string root = Path.GetFullPath(options.Value.Root, environment.ContentRootPath);

    public async Task<string> SaveAsync(byte[] content, CancellationToken ct)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(content));
        var path = PathOf(key);
        while (true)
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                try
                {
                    await AtomicFile.WriteAsync(path, content, ct);
                }
                catch (IOException) when (File.Exists(path))
                {
                    // Another request stored the same content meanwhile: same key, same bytes.
                }
            }

            try
            {
                File.SetLastWriteTimeUtc(path, clock.GetUtcNow().UtcDateTime);
                return key;
            }
            catch (FileNotFoundException)
            {
                // The sweep took it as unnamed between the check and the renewal: store it again.
            }
        }
    }

    public Task<byte[]> ReadAsync(string sha256, CancellationToken ct) => File.ReadAllBytesAsync(PathOf(sha256), ct);

    public async IAsyncEnumerable<StoredKey> ListAsync([EnumeratorCancellation] CancellationToken ct)
    {
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            ct.ThrowIfCancellationRequested();
            var key = Path.GetFileName(path);
            if (IsKey(key))
            {
                yield return new StoredKey(key, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
            }
        }

        await Task.CompletedTask;
    }

    public Task DeleteAsync(string sha256, DateTimeOffset savedBefore, CancellationToken ct)
    {
        var path = PathOf(sha256);
        // Looked at again just before: the content may have been saved again since the listing.
        if (File.Exists(path) && File.GetLastWriteTimeUtc(path) < savedBefore.UtcDateTime)
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public async Task ProbeAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var probe = Path.Combine(root, $"probe-{Guid.NewGuid():N}");
        await AtomicFile.WriteAsync(probe, [1], ct);
        File.Delete(probe);
    }

    private static bool IsKey(string name) => name.Length == 64 && name.All(char.IsAsciiHexDigitLower);

    private string PathOf(string key)
    {
        // The key comes from the database, but a path is built from it: never let it name another folder.
        if (!IsKey(key))
        {
            throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(key));
        }

        return Path.Combine(root, key[..2], key);
    }
}
