using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class LateDossiersTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Late_dossiers_are_grouped_per_unit_and_per_officer_of_the_step_where_the_time_was_lost()
    {
        var (resolvedLate, openLate, onTime) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var (desk, leader, specialist) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("lanhdao.xa"), await App.SignedInAsync("chuyenvien.xa"));
        foreach (var code in new[] { resolvedLate, openLate, onTime })
        {
            await DossierRequests.ActAsync(desk, code, "complete-step", new { });
            await DossierRequests.ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });
        }

        await ResolveAsync(onTime);
        var due = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{resolvedLate}", Ct)).GetProperty("dueAt").GetDateTimeOffset();
        await DossierRequests.ActAsync(leader, resolvedLate, "apologize", new { reason = "Cần xác minh thêm tại nơi cư trú", newDueAt = due.AddDays(3) });
        // A week later the specialist's step (due five working hours after receipt) is long past its own due time.
        App.Clock.Advance(TimeSpan.FromDays(7));
        await ResolveAsync(resolvedLate);

        var late = await LateAsync("lanhdao.xa", $"unitCode={DossierRequests.Ward}&{Period()}");

        var ward = Group(late, "units", DossierRequests.Ward);
        Codes(ward).ShouldContain(resolvedLate);
        Codes(ward).ShouldContain(openLate);
        Codes(ward).ShouldNotContain(onTime);
        Codes(Group(late, "officers", "chuyenvien.xa")).Intersect([resolvedLate, openLate, onTime]).Order().ShouldBe(new[] { resolvedLate, openLate }.Order());
        var resolved = Row(ward, resolvedLate);
        resolved.GetProperty("lostStep").GetProperty("index").GetInt32().ShouldBe(1);
        resolved.GetProperty("lostStep").GetProperty("officer").GetString().ShouldBe("chuyenvien.xa");
        resolved.GetProperty("resolvedAt").ValueKind.ShouldBe(JsonValueKind.String);
        resolved.GetProperty("hoursLate").GetDecimal().ShouldBeGreaterThan(0);
        resolved.GetProperty("apology").GetProperty("newDueAt").GetDateTimeOffset().ShouldBe(due.AddDays(3));
        var open = Row(ward, openLate);
        open.GetProperty("lostStep").GetProperty("completedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        open.GetProperty("lostStep").GetProperty("index").GetInt32().ShouldBe(1);
        open.GetProperty("apology").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var group in late.GetProperty("units").EnumerateArray().Concat(late.GetProperty("officers").EnumerateArray()))
        {
            group.GetProperty("total").GetInt32().ShouldBe(group.GetProperty("dossiers").GetArrayLength());
        }

        late.GetProperty("units").EnumerateArray().Sum(g => g.GetProperty("total").GetInt32()).ShouldBe(late.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_dossier_due_soon_is_at_risk_at_the_step_it_stands_at_which_turns_late_before_the_dossier()
    {
        // A working day followed by another: due the next day, so "soon" (within three days) whatever holiday the shared
        // clock has reached (received the day before 30 April 2025, it would be due on 5 May, not soon).
        await App.AdvanceToAsync(c => day => c.IsWorkingDay(day) && c.IsWorkingDay(day.AddDays(1)), TimeSpan.FromHours(8));
        var code = await App.ReceiveBirthAsync();
        var (desk, leader) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("lanhdao.xa"));
        await DossierRequests.ActAsync(desk, code, "complete-step", new { });
        var assigned = await DossierRequests.ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });
        var due = assigned.GetProperty("dueAt").GetDateTimeOffset();
        var stepDue = assigned.GetProperty("steps")[1].GetProperty("dueAt").GetDateTimeOffset();

        var before = Row(Group(await LateAsync("lanhdao.xa", $"unitCode={DossierRequests.Ward}&{Period()}"), "atRiskUnits", DossierRequests.Ward), code);
        before.GetProperty("step").GetProperty("index").GetInt32().ShouldBe(1);
        before.GetProperty("step").GetProperty("officer").GetString().ShouldBe("chuyenvien.xa");
        before.GetProperty("stepLate").GetBoolean().ShouldBeFalse();
        before.GetProperty("hoursLeft").GetDecimal().ShouldBeGreaterThan(0);

        // Between the specialist's own due time and the dossier's: the step is late, the dossier not yet.
        App.Clock.Advance((stepDue - App.Clock.GetUtcNow()) + (due - stepDue) / 2);
        var late = await LateAsync("lanhdao.xa", $"unitCode={DossierRequests.Ward}&{Period()}");
        var after = Row(Group(late, "atRiskOfficers", "chuyenvien.xa"), code);
        after.GetProperty("stepLate").GetBoolean().ShouldBeTrue();
        after.GetProperty("hoursLeft").GetDecimal().ShouldBeLessThan(before.GetProperty("hoursLeft").GetDecimal());
        late.GetProperty("units").EnumerateArray().SelectMany(Codes).ShouldNotContain(code);
        late.GetProperty("atRiskUnits").EnumerateArray().Sum(g => g.GetProperty("total").GetInt32()).ShouldBe(late.GetProperty("atRiskTotal").GetInt32());
    }

    [Fact]
    public async Task An_officer_of_another_district_sees_none_of_them()
    {
        var code = await App.ReceiveBirthAsync();
        App.Clock.Advance(TimeSpan.FromDays(7));

        var own = await LateAsync("tiepnhan.bgm", Period());
        var lookedUp = await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/dossiers/late?unitCode={DossierRequests.Ward}&{Period()}", Ct);

        own.GetProperty("units").EnumerateArray().SelectMany(Codes).ShouldNotContain(code);
        await lookedUp.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Codes(Group(await LateAsync("lanhdao", Period()), "units", DossierRequests.Ward)).ShouldContain(code);
    }

    [Theory]
    [InlineData("from=2025-03-10&to=2025-03-01", "to")]
    [InlineData("from=2025-02-30&to=2025-03-01", "from")]
    [InlineData("to=2025-03-01", "from")]
    public async Task A_bad_period_is_a_400_naming_the_field(string query, string field)
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/dossiers/late?{query}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404()
    {
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync("/api/v1/dossiers/late?unitCode=KHONG-CO&from=2025-03-01&to=2025-03-31", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).Title().ShouldBe("Không tìm thấy");
    }

    /// <summary>The specialist's step, the leader's approval and the issued result, now.</summary>
    private async Task ResolveAsync(string code)
    {
        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "complete-step", new { });
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "approve", new { });
        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "issue-result", new { });
    }

    /// <summary>The last two weeks up to today (Vietnam time): every dossier a test here made late.</summary>
    private string Period()
    {
        var today = App.Today;
        return string.Create(CultureInfo.InvariantCulture, $"from={today.AddDays(-14):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
    }

    private async Task<JsonElement> LateAsync(string userName, string query) =>
        await (await App.SignedInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/late?{query}", Ct);

    private static JsonElement Group(JsonElement late, string grouping, string key) =>
        late.GetProperty(grouping).EnumerateArray().Single(g => g.GetProperty("key").GetString() == key);

    private static IEnumerable<string> Codes(JsonElement group) =>
        group.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("code").GetString()!);

    private static JsonElement Row(JsonElement group, string code) =>
        group.GetProperty("dossiers").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);
}

[Collection(SqliteGroup.Name)]
public sealed class LateDossiersTestsOnSqlite(SqliteApp app) : LateDossiersTests(app);

[Collection(PostgresGroup.Name)]
public sealed class LateDossiersTestsOnPostgres(PostgresApp app) : LateDossiersTests(app);
