using System.Security.Cryptography;
using System.Text.Json;

namespace MotCua.Web.Backups;

/// <summary>
/// What a backup holds, written last into its folder (a folder without it is an unfinished backup): when it was taken,
/// of which provider and schema (the last migration applied), and every file with its SHA-256 and size, so that a
/// restore can prove the backup complete and unaltered before it changes anything.
/// </summary>
public sealed record BackupManifest(DateTimeOffset TakenAt, string Provider, string Migration, BackupEntry Database, IReadOnlyList<BackupEntry> Files)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public int FileCount => Files.Count;

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        await using var file = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(file, this, Json, ct);
    }

    /// <exception cref="BackupException">The folder holds no finished backup.</exception>
    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException(new($"{folder} không phải một bản sao lưu đã hoàn tất: không có {FileName}.", $"{folder} is not a finished backup: it has no {FileName}."));
        }

        await using var file = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BackupManifest>(file, Json, ct)
            ?? throw new BackupException(new($"{path} rỗng.", $"{path} is empty."));
    }
}

/// <summary>A file of the backup, by its path inside the backup's folder.</summary>
public sealed record BackupEntry(string Path, string Sha256, long Bytes)
{
    public static BackupEntry Of(string path, byte[] content) => new(path, Convert.ToHexStringLower(SHA256.HashData(content)), content.Length);

    public static async Task<BackupEntry> OfFileAsync(string folder, string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(System.IO.Path.Combine(folder, path));
        return new(path, Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct)), file.Length);
    }
}
