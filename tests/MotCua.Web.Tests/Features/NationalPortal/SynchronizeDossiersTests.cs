using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.NationalPortal;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.NationalPortal;

/// <summary>
/// The offline file adapter writes each change of a dossier's status once, and none of it counts for indicator 1.4:
/// nobody acknowledged a file (the HTTP adapter: <see cref="PortalOverHttpTests"/>).
/// </summary>
public abstract class SynchronizeDossiersTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_received_dossier_is_written_once_with_its_status_and_then_again_after_each_change_and_never_counts_as_synchronized()
    {
        var code = await App.ReceiveBirthAsync();

        await SynchronizeAllAsync();
        var first = await DetailAsync(code);
        await SynchronizeAllAsync();

        Sent(code).Select(m => m.GetProperty("TrangThai").GetString()).ShouldBe(["inProgress"]);
        var message = Sent(code)[0];
        message.GetProperty("MaTTHC").GetString().ShouldBe(DossierRequests.BirthRegistration);
        message.GetProperty("MaCoQuan").GetString().ShouldBe(code[..code.IndexOf('-', StringComparison.Ordinal)]);
        message.GetProperty("KenhNop").GetString().ShouldBe("counter");
        message.EnumerateObject().Select(p => p.Name).ShouldBe(
            ["MaHoSo", "PhienBan", "MaTTHC", "MaCoQuan", "KenhNop", "TrangThai", "NgayNop", "NgayTiepNhan", "NgayHenTra", "NgayKetThuc"]);
        first.GetProperty("synchronizedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (first.GetProperty("portal").GetProperty("state").GetString(), first.GetProperty("portal").GetProperty("ackId").ValueKind).ShouldBe(("written", JsonValueKind.Null));

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "withdraw", new { reason = "Người nộp xin rút hồ sơ" });
        await SynchronizeAllAsync();

        Sent(code).Select(m => m.GetProperty("TrangThai").GetString()).ShouldBe(["inProgress", "withdrawn"]);
        (await DetailAsync(code)).GetProperty("synchronizedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_failed_write_is_kept_waiting_and_written_by_the_first_run_after_the_back_off()
    {
        await SynchronizeAllAsync();
        var code = await App.ReceiveBirthAsync();
        var folder = App.NationalPortalFolder;
        var aside = folder + ".aside";
        Directory.Move(folder, aside);
        await File.WriteAllTextAsync(folder, "a file where the folder should be", Ct);
        try
        {
            await SynchronizeAllAsync();
        }
        finally
        {
            File.Delete(folder);
            Directory.Move(aside, folder);
        }

        var waiting = (await DetailAsync(code)).GetProperty("portal");
        (waiting.GetProperty("state").GetString(), waiting.GetProperty("attempts").GetInt32()).ShouldBe(("waiting", 1));
        waiting.GetProperty("lastError").GetString().ShouldNotBeNullOrEmpty();
        await SynchronizeAllAsync();
        Sent(code).ShouldBeEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await SynchronizeAllAsync();

        Sent(code).Count.ShouldBe(1);
        var written = await DetailAsync(code);
        (written.GetProperty("portal").GetProperty("state").GetString(), written.GetProperty("portal").GetProperty("attempts").GetInt32()).ShouldBe(("written", 2));
        written.GetProperty("synchronizedAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task The_desk_records_an_identity_checked_with_VNeID()
    {
        var request = DossierRequests.Birth();
        request["vneid"] = true;

        var code = await App.ReceiveAsync(request);

        (await DetailAsync(code)).GetProperty("vneid").GetBoolean().ShouldBeTrue();
        (await DetailAsync(await App.ReceiveBirthAsync())).GetProperty("vneid").GetBoolean().ShouldBeFalse();
    }

    /// <summary>Runs the synchronization until nothing is left to send (the shared database holds other tests' dossiers).</summary>
    private async Task SynchronizeAllAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var synchronize = scope.ServiceProvider.GetRequiredService<SynchronizeDossiers>();
        for (var sent = 1; sent > 0;)
        {
            sent = await synchronize.HandleAsync(Ct);
        }
    }

    /// <summary>The messages about <paramref name="code"/> in the adapter's folder, in the order they were written.</summary>
    private List<JsonElement> Sent(string code) =>
    [
        .. Directory.GetFiles(App.NationalPortalFolder, "*.ndjson").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines).Select(line => JsonDocument.Parse(line).RootElement)
            .Where(m => m.GetProperty("MaHoSo").GetString() == code),
    ];

    private async Task<JsonElement> DetailAsync(string code) =>
        await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
}

[Collection(SqliteGroup.Name)]
public sealed class SynchronizeDossiersTestsOnSqlite(SqliteApp app) : SynchronizeDossiersTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SynchronizeDossiersTestsOnPostgres(PostgresApp app) : SynchronizeDossiersTests(app);
