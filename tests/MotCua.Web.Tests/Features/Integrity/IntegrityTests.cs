using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Integrity;
using MotCua.Web.Data;
using MotCua.Web.Features.Integrity;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Integrity;

/// <summary>
/// Rows of a dossier's history edited in the database, as someone with SQL access would: the verification names that
/// dossier, that event and the kind of break. Other tests of the shared application tamper with their own dossiers, so
/// each test reads the breaks of its dossier; the untouched database is an application of its own.
/// </summary>
public abstract class IntegrityTests(MotCuaApp app) : ProviderTests(app)
{
    public static TheoryData<string, int, string> Tampering => new()
    {
        { "backdate", 2, BreakKinds.Altered },
        { "reauthor", 2, BreakKinds.Altered },
        { "payload", 3, BreakKinds.Altered },
        { "delete-middle", 2, BreakKinds.Missing },
        { "delete-last", 3, BreakKinds.Truncated },
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task An_event_edited_in_the_database_is_reported_with_its_dossier_number_and_kind(string edit, int sequence, string kind)
    {
        var code = await ThreeEventsAsync();
        (await BreaksOfAsync(code)).ShouldBeEmpty();

        await EditAsync(code, sequence, edit);

        var broken = (await BreaksOfAsync(code)).ShouldHaveSingleItem();
        broken.GetProperty("sequence").GetInt32().ShouldBe(sequence);
        broken.GetProperty("kind").GetString().ShouldBe(kind);
        broken.GetProperty("chain").GetString().ShouldBe(ChainedLog.DossierChain(await IdOfAsync(code)));
        broken.GetProperty("detail").GetString()!.ShouldContain($"số {sequence}");
    }

    [Fact]
    public async Task The_number_of_a_deleted_last_event_is_not_given_again()
    {
        var code = await ThreeEventsAsync();
        await EditAsync(code, 3, "delete-last");

        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "complete-step", new { note = "Đủ điều kiện" });

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var id = await IdOfAsync(code);
        (await db.DossierEvents.Where(e => e.DossierId == id).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(Ct)).ShouldBe([1, 2, 4]);
        var broken = (await BreaksOfAsync(code)).ShouldHaveSingleItem();
        (broken.GetProperty("sequence").GetInt32(), broken.GetProperty("kind").GetString()).ShouldBe((3, BreakKinds.Missing));
    }

    [Fact]
    public async Task Two_actions_on_one_dossier_at_once_leave_one_unbroken_chain()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => desk.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/complete-step", new { note = $"Lần {i}" }, Ct)));

        // The one that wins moves the dossier on; the others collide with it (409) or find a step the desk may not complete (403).
        answers.Select(a => a.StatusCode).ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict || s == HttpStatusCode.Forbidden);
        var done = answers.Count(a => a.StatusCode == HttpStatusCode.OK);
        done.ShouldBeGreaterThanOrEqualTo(1);
        await using var scope = App.Services.CreateAsyncScope();
        var id = await IdOfAsync(code);
        (await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierEvents.CountAsync(e => e.DossierId == id, Ct)).ShouldBe(1 + done);
        (await BreaksOfAsync(code)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_history_written_before_chaining_is_sealed_as_found_and_the_report_says_so()
    {
        var code = await ThreeEventsAsync();
        var id = await IdOfAsync(code);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            await db.DossierEvents.Where(e => e.DossierId == id).ExecuteUpdateAsync(s => s.SetProperty(e => EF.Property<string?>(e, ChainedLog.HashProperty), (string?)null), Ct);
            await db.ChainHeads.Where(h => h.Key == ChainedLog.DossierChain(id)).ExecuteDeleteAsync(Ct);
            (await BreaksOfAsync(code)).ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe(BreakKinds.Unchained);

            (await scope.ServiceProvider.GetRequiredService<SealUnchainedRecords>().RunAsync(Ct)).ShouldBe(1);
        }

        (await BreaksOfAsync(code)).ShouldBeEmpty();
        var report = await ReportAsync();
        report.GetProperty("sealed").EnumerateArray().ShouldContain(s => s.GetProperty("on").GetString() == App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_history_shortened_with_its_head_rewritten_still_differs_from_the_daily_anchor()
    {
        var code = await ThreeEventsAsync();
        var id = await IdOfAsync(code);
        await App.AdvanceToAsync(_ => _ => true, TimeSpan.FromHours(1));
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        (await scope.ServiceProvider.GetRequiredService<AnchorDay>().RunAsync(Ct)).ShouldNotBeNull().Heads.ShouldContain(ChainedLog.DossierChain(id) + " 3 ");

        var second = await db.DossierEvents.Where(e => e.DossierId == id && e.Sequence == 2).Select(e => EF.Property<string>(e, ChainedLog.HashProperty)).SingleAsync(Ct);
        await EditAsync(code, 3, "delete-last");
        await db.ChainHeads.Where(h => h.Key == ChainedLog.DossierChain(id)).ExecuteUpdateAsync(s => s.SetProperty(h => h.Length, 2).SetProperty(h => h.Hash, second), Ct);

        var broken = (await BreaksOfAsync(code)).ShouldHaveSingleItem();
        (broken.GetProperty("sequence").GetInt32(), broken.GetProperty("kind").GetString()).ShouldBe((3, BreakKinds.Anchor));
    }

    [Fact]
    public async Task An_untouched_database_verifies_clean_through_the_api_and_the_command()
    {
        await using var fresh = (MotCuaApp)Activator.CreateInstance(App.GetType())!;
        await fresh.InitializeAsync();
        (await (await fresh.SignedInAsync("admin")).PostAsJsonAsync("/api/v1/units/PL-LONGTHUY/rename", new { name = "Phường Long Thủy mới" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await fresh.AdvanceToAsync(_ => _ => true, TimeSpan.FromHours(1));
        await using (var scope = fresh.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AnchorDay>().RunAsync(Ct)).ShouldNotBeNull();
        }

        var report = await (await fresh.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/integrity", Ct);

        report.GetProperty("intact").GetBoolean().ShouldBeTrue(report.ToString());
        report.GetProperty("chains").GetInt32().ShouldBeGreaterThan(150);
        report.GetProperty("anchors").GetInt32().ShouldBe(1);
        report.GetProperty("sealed").GetArrayLength().ShouldBe(0);
        (await (await fresh.SignedInAsync("tiepnhan.xa")).GetAsync("/api/v1/integrity", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var configuration = fresh.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        var verify = await new Backups.AppCommand(configuration["Database:Provider"]!, configuration["ConnectionStrings:MotCua"]!, fresh.FilesRoot).RunAsync("verify");
        verify.ExitCode.ShouldBe(0, verify.Output + verify.Errors);
    }

    /// <summary>A dossier with three events: received, the desk's step completed, assigned by the leader.</summary>
    private async Task<string> ThreeEventsAsync()
    {
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "complete-step", new { note = "Đã kiểm tra đủ thành phần" });
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "assign", new { assignee = "chuyenvien.xa" });
        return code;
    }

    /// <summary>One change made straight in the database, around the application.</summary>
    private async Task EditAsync(string code, int sequence, string edit)
    {
        var id = await IdOfAsync(code);
        await using var scope = App.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierEvents.Where(e => e.DossierId == id && e.Sequence == sequence);
        var at = await events.Select(e => e.At).SingleAsync(Ct);
        var changed = edit switch
        {
            "backdate" => await events.ExecuteUpdateAsync(s => s.SetProperty(e => e.At, at.AddDays(-1)), Ct),
            "reauthor" => await events.ExecuteUpdateAsync(s => s.SetProperty(e => e.ByUserName, "lanhdao.xa"), Ct),
            "payload" => await events.ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, "chuyenvien.pl"), Ct),
            _ => await events.ExecuteDeleteAsync(Ct),
        };
        changed.ShouldBe(1);
    }

    private async Task<Guid> IdOfAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Dossiers.Where(d => d.Code == code).Select(d => d.Id).SingleAsync(Ct);
    }

    private async Task<JsonElement> ReportAsync()
    {
        var response = await (await App.SignedInAsync("admin")).GetAsync("/api/v1/integrity", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<List<JsonElement>> BreaksOfAsync(string code) =>
        [.. (await ReportAsync()).GetProperty("breaks").EnumerateArray().Where(b => b.GetProperty("dossierCode").GetString() == code)];
}

[Collection(SqliteTamperGroup.Name)]
public sealed class IntegrityTestsOnSqlite(SqliteTamperApp app) : IntegrityTests(app);

[Collection(PostgresTamperGroup.Name)]
public sealed class IntegrityTestsOnPostgres(PostgresTamperApp app) : IntegrityTests(app);
