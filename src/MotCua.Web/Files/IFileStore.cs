namespace MotCua.Web.Files;

/// <summary>
/// Where attachments live (DESIGN.md: never in the database rows): content-addressed by SHA-256,
/// so the same file attached twice is stored once and a stored file never changes. A local
/// folder by default; an S3-compatible bucket can implement the same two calls.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content unless it is already there, and answers its key: the SHA-256 in lower-case hex.</summary>
    Task<string> SaveAsync(byte[] content, CancellationToken ct);

    /// <summary>The content stored under <paramref name="sha256"/>.</summary>
    /// <exception cref="IOException">Nothing is stored under that key: the store lost a file the database names.</exception>
    Task<byte[]> ReadAsync(string sha256, CancellationToken ct);

    /// <summary>Every stored key with the last time its content was saved, first or again.</summary>
    IAsyncEnumerable<StoredKey> ListAsync(CancellationToken ct);

    /// <summary>
    /// Removes the content under <paramref name="sha256"/> unless it was saved again at or after
    /// <paramref name="savedBefore"/>; nothing happens when it is not there.
    /// </summary>
    Task DeleteAsync(string sha256, DateTimeOffset savedBefore, CancellationToken ct);

    /// <summary>Writes and removes a probe, so that a full, read-only or missing store is found before a citizen's upload finds it.</summary>
    /// <exception cref="IOException">The store cannot take a file now.</exception>
    Task ProbeAsync(CancellationToken ct);
}

public sealed record StoredKey(string Sha256, DateTimeOffset SavedAt);
