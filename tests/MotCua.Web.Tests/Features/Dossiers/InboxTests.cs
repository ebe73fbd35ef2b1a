using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 18: the officer's inbox holds open work first, most urgent first, in counted queues of his units only.</summary>
public abstract class InboxTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Password = "MatKhauRatDai1";

    [Fact]
    public async Task A_fresh_overdue_dossier_is_the_first_row_waiting_on_its_assignee_and_finished_ones_only_behind_their_tab()
    {
        var overdue = await App.ReceiveBirthAsync();
        App.Clock.Advance(TimeSpan.FromDays(5));

        // Signed in after the days went by, which outlive a token.
        var (specialist, userName) = await NewSpecialistAsync();
        var (desk, leader) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("lanhdao.xa"));
        var (later, finished) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        foreach (var code in new[] { later, finished, overdue })
        {
            await DossierRequests.ActAsync(leader, code, "assign", new { assignee = userName });
        }

        await DossierRequests.ActAsync(desk, finished, "withdraw", new { reason = "Người nộp xin rút hồ sơ" });

        var mine = await ItemsAsync(specialist, "view=mine");
        mine.Select(Code).ShouldBe([overdue, later]);
        mine[0].GetProperty("timeLeft").GetProperty("urgency").GetString().ShouldBe("late");
        mine[0].GetProperty("timeLeft").GetProperty("words").GetString()!.ShouldStartWith("quá hạn");
        mine[0].GetProperty("assigneeName").GetString().ShouldBe("Chuyên Viên Hộp Thư");
        (await ItemsAsync(specialist, "view=unit")).Select(Code).ShouldNotContain(finished);
        (await ItemsAsync(specialist, $"view=done&q={finished}")).Select(Code).ShouldBe([finished]);

        var page = await specialist.GetStringAsync("/Dossiers?view=mine", Ct);
        page.IndexOf(overdue, StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf(later, StringComparison.Ordinal));
        page.ShouldNotContain(finished);
        page.ShouldContain("quá hạn");
        (await specialist.GetStringAsync("/Dossiers", Ct)).ShouldContain("aria-current=\"page\">Chờ tôi xử lý");
    }

    [Fact]
    public async Task The_tabs_count_the_open_dossiers_of_each_queue()
    {
        var (specialist, userName) = await NewSpecialistAsync();
        var (desk, leader) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("lanhdao.xa"));
        var (leaderBefore, deskBefore) = (await CountsAsync(leader), await CountsAsync(desk));

        var (first, second) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var (leaderReceived, deskReceived) = (await CountsAsync(leader), await CountsAsync(desk));
        leaderReceived["assign"].ShouldBe(leaderBefore["assign"] + 2);
        leaderReceived["unit"].ShouldBe(leaderBefore["unit"] + 2);
        deskReceived["unit"].ShouldBe(deskBefore["unit"] + 2);

        await DossierRequests.ActAsync(leader, first, "assign", new { assignee = userName });
        await DossierRequests.ActAsync(leader, second, "approve", new { });
        await DossierRequests.ActAsync(specialist, second, "issue-result", new { });
        // One assigned, the other past assignment once approved.
        (await CountsAsync(leader))["assign"].ShouldBe(leaderBefore["assign"]);
        (await CountsAsync(specialist))["mine"].ShouldBe(1);
        (await CountsAsync(desk))["return"].ShouldBe(deskBefore["return"] + 1);

        await DossierRequests.ActAsync(desk, second, "return-result", new { });
        var deskAfter = await CountsAsync(desk);
        deskAfter["return"].ShouldBe(deskBefore["return"]);
        deskAfter["unit"].ShouldBe(deskBefore["unit"] + 1);
        deskAfter.ShouldNotContainKey("assign");
        (await CountsAsync(specialist)).ShouldNotContainKey("return");
    }

    [Fact]
    public async Task Another_units_officer_never_sees_the_dossiers_nor_counts_them()
    {
        var other = await App.SignedInAsync("lanhdao.bgm");
        var before = await CountsAsync(other);

        var code = await App.ReceiveBirthAsync();

        foreach (var view in new[] { "assign", "unit", "mine", "done" })
        {
            (await ItemsAsync(other, $"view={view}&q={code}")).ShouldBeEmpty();
        }

        (await ItemsAsync(other, $"q={code}")).ShouldBeEmpty();
        (await CountsAsync(other)).ShouldBe(before);
        (await other.GetStringAsync("/Dossiers?view=unit", Ct)).ShouldNotContain(code);
        await (await other.GetAsync($"/api/v1/dossiers/{code}/assignees", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_view_is_a_400_and_the_old_parameters_still_filter()
    {
        var leader = await App.SignedInAsync("lanhdao.xa");
        var code = await App.ReceiveBirthAsync();

        await (await leader.GetAsync("/api/v1/dossiers?view=everything", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await ItemsAsync(leader, $"status=inProgress&q={code}")).Select(Code).ShouldBe([code]);
        (await ItemsAsync(leader, $"status=returned&q={code}")).ShouldBeEmpty();
        (await ItemsAsync(leader, $"q={code}")).ShouldHaveSingleItem().GetProperty("assignedTo").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>A specialist of the ward of his own, so that his queue holds only what the test gives him.</summary>
    private async Task<(HttpClient Client, string UserName)> NewSpecialistAsync()
    {
        var userName = $"cv{Guid.NewGuid():N}"[..12];
        var saved = await (await App.SignedInAsync("admin")).PutAsJsonAsync("/api/v1/officers", new
        {
            userName, fullName = "Chuyên Viên Hộp Thư", password = Password, isActive = true,
            roles = new[] { new { role = "specialist", unitCode = DossierRequests.Ward } },
        }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = Password }, Ct);
        login.EnsureSuccessStatusCode();
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return (client, userName);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?{query}", Ct)).GetProperty("items").EnumerateArray()];

    /// <summary>The officer's tabs and their counts; the finished dossiers' tab has none.</summary>
    private static async Task<Dictionary<string, int>> CountsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers/inbox", Ct)).EnumerateArray()
            .Where(t => t.GetProperty("count").ValueKind == JsonValueKind.Number)
            .ToDictionary(t => t.GetProperty("view").GetString()!, t => t.GetProperty("count").GetInt32());

    private static string Code(JsonElement item) => item.GetProperty("code").GetString()!;
}

[Collection(SqliteGroup.Name)]
public sealed class InboxTestsOnSqlite(SqliteApp app) : InboxTests(app);

[Collection(PostgresGroup.Name)]
public sealed class InboxTestsOnPostgres(PostgresApp app) : InboxTests(app);
