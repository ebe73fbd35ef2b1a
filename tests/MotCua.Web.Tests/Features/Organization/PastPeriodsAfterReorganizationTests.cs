using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Reports;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// Issue 17: a reorganization made today leaves a past period's figures and names as they were, because the period is
/// computed on the tree as it stood at its end — the town keeps its two wards for 2024-Q4 although one has since moved to
/// the province under a new name and absorbed the other. With the dating switched off (the period computed on today's
/// tree) the town's figures for 2024-Q4 lose both wards and this test fails.
/// </summary>
public abstract class PastPeriodsAfterReorganizationTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Town = "PL";
    private const string Moved = "PL-LONGTHUY";
    private const string Absorbed = "PL-THACMO";
    private const string OldName = "Ủy ban nhân dân phường Long Thủy";
    private const string NewName = "Ủy ban nhân dân phường Phước Long";
    private const string PastQuarter = "2024-Q4";
    private const string PastIndex = "from=2024-10-01&to=2024-12-31";

    [Fact]
    public async Task A_reorganization_today_leaves_a_past_quarter_as_it_was_and_shapes_the_running_one()
    {
        var before = await FiguresAsync();
        before.Report.Total().Cell(3).ShouldBeGreaterThan(0, "the demo has dossiers in the town in 2024-Q4");
        before.Report.Rows().Select(Label).ShouldContain(OldName);
        before.Report.Rows().Select(r => r.UnitCode()).ShouldContain(Absorbed);
        var admin = await App.SignedInAsync("admin");
        (await admin.PostAsJsonAsync($"/api/v1/units/{Moved}/rename", new { name = NewName }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/units/{Moved}/move", new { parentCode = "TINH" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/units/{Absorbed}/merge", new { intoCode = Moved }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await FiguresAsync();

        after.Report.GetProperty("rows").GetRawText().ShouldBe(before.Report.GetProperty("rows").GetRawText());
        after.Index.GetProperty("groups").GetRawText().ShouldBe(before.Index.GetProperty("groups").GetRawText());
        after.Report.Rows().Select(Label).ShouldContain(OldName);
        var then = await App.UnitAsync("?asOf=2024-12-14&includeInactive=true", Moved);
        (then.GetProperty("parentCode").GetString(), then.GetProperty("name").GetString()).ShouldBe((Town, OldName));
        var now = await App.UnitAsync("?includeInactive=true", Moved);
        (now.GetProperty("parentCode").GetString(), now.GetProperty("name").GetString()).ShouldBe(("TINH", NewName));
        (await App.UnitAsync("?includeInactive=true", Absorbed)).GetProperty("mergedIntoCode").GetString().ShouldBe(Moved);
        await (await App.CreateClient().GetAsync("/api/v1/units?asOf=14/12/2024", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var running = await App.ReportAsync("lanhdao", "II.06", $"unitCode={Town}&from={ReportRequests.Day(App.Today.AddDays(-7))}&to={ReportRequests.Day(App.Today)}&by=unit");
        running.Rows().Select(r => r.UnitCode()).ShouldNotContain(Moved);
        running.Rows().Select(r => r.UnitCode()).ShouldNotContain(Absorbed);
    }

    private async Task<(JsonElement Report, JsonElement Index)> FiguresAsync()
    {
        var report = await App.ReportAsync("lanhdao", "II.06", $"unitCode={Town}&period={PastQuarter}&by=unit");
        var index = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"/api/v1/indicators/service-index?unitCode={Town}&{PastIndex}", Ct);
        return (report, index);
    }

    private static string? Label(JsonElement row) => row.GetProperty("label").GetString();
}

[Collection(SqliteReorganizationGroup.Name)]
public sealed class PastPeriodsAfterReorganizationTestsOnSqlite(SqliteReorganizationApp app) : PastPeriodsAfterReorganizationTests(app);

[Collection(PostgresReorganizationGroup.Name)]
public sealed class PastPeriodsAfterReorganizationTestsOnPostgres(PostgresReorganizationApp app) : PastPeriodsAfterReorganizationTests(app);
