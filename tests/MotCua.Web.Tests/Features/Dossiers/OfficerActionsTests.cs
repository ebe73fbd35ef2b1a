using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 18: the dossier's page offers each officer only what he may do now, the process's next move first, and names people.</summary>
public abstract class OfficerActionsTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_desk_the_specialist_and_the_leader_each_see_only_their_actions_with_the_next_step_first()
    {
        var code = await App.ReceiveBirthAsync();
        var (desk, specialist, leader) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("chuyenvien.xa"), await App.SignedInAsync("lanhdao.xa"));

        var atDesk = await DossierAsync(desk, code);
        Mine(atDesk).ShouldBe(["complete-step", "withdraw"]);
        atDesk.GetProperty("nextAction").GetString().ShouldBe("complete-step");
        Mine(await DossierAsync(specialist, code)).ShouldBe(["transfer", "request-supplement", "pause"], ignoreOrder: true);
        var forLeader = await DossierAsync(leader, code);
        Mine(forLeader).ShouldBe(["assign", "transfer", "apologize", "request-supplement", "pause", "refuse", "approve"], ignoreOrder: true);
        forLeader.GetProperty("nextAction").ValueKind.ShouldBe(JsonValueKind.Null);

        await DossierRequests.ActAsync(desk, code, "complete-step", new { });
        (await DossierAsync(leader, code)).GetProperty("myActions")[0].GetString().ShouldBe("assign");
        Mine(await DossierAsync(desk, code)).ShouldBe(["withdraw"]);

        var deskPage = await desk.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        deskPage.ShouldNotContain("value=\"approve\"");
        deskPage.ShouldNotContain("Không có quyền");
        var specialistPage = await specialist.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        specialistPage.ShouldNotContain("value=\"approve\"");
        specialistPage.ShouldNotContain("value=\"assign\"");
        var leaderPage = await leader.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        leaderPage.ShouldContain("class=\"card form next\"");
        leaderPage.IndexOf("value=\"assign\"", StringComparison.Ordinal).ShouldBeLessThan(leaderPage.IndexOf("value=\"approve\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assignment_offers_the_units_officers_of_the_steps_role_with_their_load_and_the_dossier_names_them()
    {
        var code = await App.ReceiveBirthAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "complete-step", new { });

        var choices = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}/assignees", Ct);
        choices.GetProperty("role").GetString().ShouldBe("specialist");
        var officers = choices.GetProperty("officers").EnumerateArray().ToList();
        var ward = officers.Single(o => o.GetProperty("userName").GetString() == "chuyenvien.xa");
        ward.GetProperty("fullName").GetString().ShouldBe("Bùi Văn Hộ Tịch");
        officers.ShouldAllBe(o => o.GetProperty("userName").GetString() != "lanhdao.xa" && o.GetProperty("userName").GetString() != "tiepnhan.xa");
        var load = ward.GetProperty("openDossiers").GetInt32();

        await DossierRequests.ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });

        var after = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}/assignees", Ct);
        after.GetProperty("officers").EnumerateArray().Single(o => o.GetProperty("userName").GetString() == "chuyenvien.xa").GetProperty("openDossiers").GetInt32().ShouldBe(load + 1);
        var dossier = await DossierAsync(leader, code);
        dossier.GetProperty("officerNames").GetProperty("chuyenvien.xa").GetString().ShouldBe("Bùi Văn Hộ Tịch");
        var page = await leader.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        page.ShouldContain("<dd>Bùi Văn Hộ Tịch</dd>");
        page.ShouldContain("<td>Đỗ Thị Phường</td>");
    }

    [Fact]
    public async Task A_transfer_offers_the_units_the_procedures_process_names_not_the_whole_province()
    {
        var code = await App.ReceiveBirthAsync();

        var units = (await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}/assignees", Ct))
            .GetProperty("transferUnits").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();

        units.ShouldNotContain(DossierRequests.Ward);
        units.ShouldNotContain("TINH");
        units.ShouldNotContain("BGM");
    }

    private static IReadOnlyList<string> Mine(JsonElement dossier) => [.. dossier.GetProperty("myActions").EnumerateArray().Select(a => a.GetString()!)];

    private static Task<JsonElement> DossierAsync(HttpClient client, string code) => client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
}

[Collection(SqliteGroup.Name)]
public sealed class OfficerActionsTestsOnSqlite(SqliteApp app) : OfficerActionsTests(app);

[Collection(PostgresGroup.Name)]
public sealed class OfficerActionsTestsOnPostgres(PostgresApp app) : OfficerActionsTests(app);
