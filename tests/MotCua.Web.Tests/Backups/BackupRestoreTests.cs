using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Backups;

/// <summary>
/// The documented commands (<c>backup --to DIR</c>, <c>restore --from DIR</c>) run against the running application's
/// database and file store, restored into an empty database and store, and read back table by table and file by file.
/// </summary>
public abstract class BackupRestoreTests(MotCuaApp app) : ProviderTests(app), IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"motcua-backup-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_backup_taken_while_the_application_runs_restores_every_table_and_every_attachment()
    {
        await AttachAsync(3);
        var expected = await DigestAsync();

        var backup = await Source().RunAsync("backup", "--to", folder);

        backup.ExitCode.ShouldBe(0, backup.Errors);
        await using var target = await RestoreTarget.CreateAsync(Source().Provider);
        var restore = await target.Command.RunAsync("restore", "--from", folder);
        restore.ExitCode.ShouldBe(0, restore.Errors);
        await using (var restored = await target.OpenAsync())
        {
            (await TableDigest.TakeAsync(restored, Ct)).ShouldBe(expected);
        }

        var stored = Directory.GetFiles(App.FilesRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(App.FilesRoot, f)).Order().ToList();
        Directory.GetFiles(target.Command.FilesRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target.Command.FilesRoot, f)).Order().ShouldBe(stored);
        var attachments = await AttachmentsAsync();
        attachments.Count.ShouldBeGreaterThanOrEqualTo(3);
        await ShouldDownloadAsync(target, attachments.Select(a => (a.Code, a.Id, File.ReadAllBytes(Path.Combine(App.FilesRoot, a.Sha256[..2], a.Sha256)))));
    }

    [Fact]
    public async Task A_backup_taken_during_intake_holds_every_earlier_dossier_and_the_files_of_every_attachment_it_names()
    {
        var earlier = await AttachAsync(2);
        using var stop = new CancellationTokenSource();
        var intake = Task.Run(async () =>
        {
            var written = new List<(string Code, Guid Id, byte[] Content)>();
            while (!stop.IsCancellationRequested)
            {
                written.AddRange(await AttachAsync(1));
            }

            return written;
        });

        var backup = await Source().RunAsync("backup", "--to", folder);
        await stop.CancelAsync();
        var during = await intake;

        backup.ExitCode.ShouldBe(0, backup.Errors);
        during.ShouldNotBeEmpty();
        await using var target = await RestoreTarget.CreateAsync(Source().Provider);
        var restore = await target.Command.RunAsync("restore", "--from", folder);
        restore.ExitCode.ShouldBe(0, restore.Errors);
        Guid[] kept;
        await using (var restored = await target.OpenAsync())
        {
            await using var command = restored.CreateCommand();
            command.CommandText = "SELECT \"Id\" FROM \"DossierAttachments\"";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            var ids = new List<Guid>();
            while (await reader.ReadAsync(Ct))
            {
                ids.Add(reader.GetFieldValue<Guid>(0));
            }

            kept = [.. ids];
        }

        await ShouldDownloadAsync(target, earlier.Concat(during.Where(a => kept.Contains(a.Id))));
        kept.ShouldContain(earlier[^1].Id);
    }

    [Fact]
    public async Task A_restore_refuses_a_live_database_a_backup_of_another_schema_and_an_altered_file_and_writes_nothing()
    {
        await AttachAsync(1);
        (await Source().RunAsync("backup", "--to", folder)).ExitCode.ShouldBe(0);
        var before = await DigestAsync();

        var intoLive = await Source().RunAsync("restore", "--from", folder);

        intoLive.ExitCode.ShouldBe(1);
        intoLive.Errors.ShouldContain("đã có dữ liệu");
        (await DigestAsync()).ShouldBe(before);
        await using var target = await RestoreTarget.CreateAsync(Source().Provider);
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = await File.ReadAllTextAsync(manifestPath, Ct);
        var migration = JsonDocument.Parse(manifest).RootElement.GetProperty("migration").GetString()!;
        await File.WriteAllTextAsync(manifestPath, manifest.Replace(migration, "20240101000000_Older", StringComparison.Ordinal), Ct);
        var older = await target.Command.RunAsync("restore", "--from", folder);
        older.ExitCode.ShouldBe(1);
        older.Errors.ShouldContain("20240101000000_Older");

        await File.WriteAllTextAsync(manifestPath, manifest, Ct);
        var file = Directory.GetFiles(Path.Combine(folder, "files"), "*", SearchOption.AllDirectories)[0];
        await File.AppendAllTextAsync(file, "x", Ct);
        var altered = await target.Command.RunAsync("restore", "--from", folder);
        altered.ExitCode.ShouldBe(1);
        altered.Errors.ShouldContain(Path.GetFileName(file));
        await using var restored = await target.OpenAsync();
        (await TableDigest.TakeAsync(restored, Ct)).ShouldBeEmpty();
        Directory.Exists(target.Command.FilesRoot).ShouldBeFalse();
    }

    /// <summary>Receives dossiers at the ward desk, each with a scan attached, and answers what was attached.</summary>
    private async Task<List<(string Code, Guid Id, byte[] Content)>> AttachAsync(int count)
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var attached = new List<(string, Guid, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var code = await App.ReceiveBirthAsync();
            var content = DossierFiles.Pdf();
            var response = await desk.PostFileAsync($"/api/v1/dossiers/{code}/attachments", content, "giay-chung-sinh.pdf", "application/pdf", ("component", DossierFiles.BirthCertificate));
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            attached.Add((code, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), content));
        }

        return attached;
    }

    /// <summary>Every attachment downloads from the restored application, signed in as the province's administrator.</summary>
    private static async Task ShouldDownloadAsync(RestoreTarget target, IEnumerable<(string Code, Guid Id, byte[] Content)> attachments)
    {
        var client = target.Start().CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = MotCuaApp.DemoPassword }, Ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        foreach (var (code, id, content) in attachments)
        {
            var download = await client.GetAsync($"/api/v1/dossiers/{code}/attachments/{id}", Ct);
            download.StatusCode.ShouldBe(HttpStatusCode.OK, $"{code} {id}");
            (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(content);
        }
    }

    private AppCommand Source()
    {
        var configuration = App.Services.GetRequiredService<IConfiguration>();
        return new(configuration["Database:Provider"]!, configuration.GetConnectionString("MotCua")!, App.FilesRoot);
    }

    private async Task<SortedDictionary<string, string>> DigestAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        return await TableDigest.TakeAsync(db.Database.GetDbConnection(), Ct);
    }

    private async Task<List<(string Code, Guid Id, string Sha256)>> AttachmentsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return (await db.DossierAttachments.Join(db.Dossiers, a => a.DossierId, d => d.Id, (a, d) => new { d.Code, a.Id, a.File.Sha256 }).ToListAsync(Ct))
            .Select(a => (a.Code, a.Id, a.Sha256)).ToList();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class BackupRestoreTestsOnSqlite(SqliteApp app) : BackupRestoreTests(app);

[Collection(PostgresGroup.Name)]
public sealed class BackupRestoreTestsOnPostgres(PostgresApp app) : BackupRestoreTests(app);
