using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Backups;

/// <summary>
/// Restores a backup into an empty database and an empty file store. Everything is checked before anything is written:
/// the backup is of this provider and of the schema this version of the application has, and every file is there with
/// the SHA-256 the manifest gives; afterwards, every file the restored database names must have been restored.
/// </summary>
public sealed class RestoreBackup(MotCuaDbContext db, IFileStore store)
{
    public async Task<BackupManifest> RunAsync(string folder, CancellationToken ct)
    {
        var manifest = await BackupManifest.ReadAsync(folder, ct);
        await RefuseAsync(manifest, ct);
        var snapshot = DatabaseSnapshot.For(db);
        if (manifest.Database.Path != snapshot.FileName || !await IntactAsync(folder, manifest.Database, ct))
        {
            throw Damaged(manifest.Database.Path);
        }

        foreach (var file in manifest.Files)
        {
            // Only the backup's own paths: a manifest naming any other file is refused before that file is read.
            if (file.Path != TakeBackup.PathOf(file.Sha256) || !await IntactAsync(folder, file, ct))
            {
                throw Damaged(file.Path);
            }
        }

        await snapshot.RestoreAsync(db, Path.Combine(folder, manifest.Database.Path), ct);
        foreach (var file in manifest.Files)
        {
            await store.SaveAsync(await File.ReadAllBytesAsync(Path.Combine(folder, file.Path), ct), ct);
        }

        var missing = (await NamedFiles.ReadAsync(db, ct)).Except(manifest.Files.Select(f => f.Sha256)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new BackupException(new(
                $"Đã khôi phục, nhưng thiếu {missing.Count} tệp mà cơ sở dữ liệu có nhắc đến: " + string.Join(", ", missing),
                $"Restored, but {missing.Count} files the database names are missing: " + string.Join(", ", missing)));
        }

        return manifest;
    }

    private async Task RefuseAsync(BackupManifest manifest, CancellationToken ct)
    {
        var provider = DatabaseSnapshot.ProviderOf(db);
        if (manifest.Provider != provider)
        {
            throw new BackupException(new($"Bản sao lưu là của {manifest.Provider}, không khôi phục vào {provider} được.", $"The backup is of {manifest.Provider}; it cannot be restored into {provider}."));
        }

        var schema = db.Database.GetMigrations().Last();
        if (manifest.Migration != schema)
        {
            throw new BackupException(new(
                $"Bản sao lưu có lược đồ {manifest.Migration}, phiên bản ứng dụng này cần {schema}: hãy khôi phục bằng phiên bản đã sao lưu nó.",
                $"The backup's schema is {manifest.Migration}; this version of the application has {schema}: restore it with the version that took it."));
        }

        if ((await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            throw new BackupException(new("Cơ sở dữ liệu đích đã có dữ liệu: chỉ khôi phục vào một cơ sở dữ liệu trống.", "The target database is not empty: restore into an empty database only."));
        }

        await foreach (var _ in store.ListAsync(ct))
        {
            throw new BackupException(new("Kho tệp đích đã có tệp: chỉ khôi phục vào một kho trống.", "The target file store is not empty: restore into an empty store only."));
        }
    }

    private static async Task<bool> IntactAsync(string folder, BackupEntry entry, CancellationToken ct) =>
        File.Exists(Path.Combine(folder, entry.Path)) && await BackupEntry.OfFileAsync(folder, entry.Path, ct) == entry;

    private static BackupException Damaged(string path) =>
        new(new($"Tệp {path} của bản sao lưu bị thiếu hoặc đã bị thay đổi: không khôi phục.", $"The backup's file {path} is missing or altered: nothing was restored."));
}
