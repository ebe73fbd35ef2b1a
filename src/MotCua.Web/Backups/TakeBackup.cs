using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Backups;

/// <summary>
/// Backs up the database and the file store together into an empty folder, while the application runs: the database
/// first, then the files, then the manifest. A stored file is written before the row that names it and never changes,
/// so every file the database snapshot names is in the store when the files are copied after it.
/// </summary>
public sealed class TakeBackup(MotCuaDbContext db, IFileStore store, TimeProvider clock)
{
    /// <summary>Where a stored file is kept inside the backup's folder: spread as the store spreads it.</summary>
    public static string PathOf(string sha256) => Path.Combine("files", sha256[..2], sha256);

    public async Task<BackupManifest> RunAsync(string folder, CancellationToken ct)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException(new($"Thư mục {folder} đã có nội dung: hãy sao lưu vào một thư mục mới.", $"The folder {folder} is not empty: back up into a new folder."));
        }

        var takenAt = clock.GetUtcNow();
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault()
            ?? throw new BackupException(new("Cơ sở dữ liệu chưa được khởi tạo: không có gì để sao lưu.", "The database was never set up: there is nothing to back up."));
        Directory.CreateDirectory(folder);
        var snapshot = DatabaseSnapshot.For(db);
        await snapshot.TakeAsync(db, Path.Combine(folder, snapshot.FileName), ct);
        var database = await BackupEntry.OfFileAsync(folder, snapshot.FileName, ct);

        var files = new List<BackupEntry>();
        await foreach (var stored in store.ListAsync(ct))
        {
            var content = await store.ReadAsync(stored.Sha256, ct);
            var entry = BackupEntry.Of(PathOf(stored.Sha256), content);
            if (entry.Sha256 != stored.Sha256)
            {
                throw new BackupException(new($"Tệp {stored.Sha256} trong kho đã bị hỏng: nội dung không khớp tên.", $"The stored file {stored.Sha256} is damaged: its content does not match its name."));
            }

            var path = Path.Combine(folder, entry.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, content, ct);
            files.Add(entry);
        }

        var manifest = new BackupManifest(takenAt, DatabaseSnapshot.ProviderOf(db), migration, database, files);
        await manifest.WriteAsync(folder, ct);
        return manifest;
    }
}
