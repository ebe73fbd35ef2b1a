using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// The administrator's versions of the period rules and forms (REPORTS.md: "versioned JSON resources with an effective
/// date"): checked on upload with every problem listed, nothing saved on error, and used by the computation. The
/// versions saved here leave the other tests' periods and forms as shipped.
/// </summary>
public abstract class ReportSettingsTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Url = "/api/v1/reports/settings";

    [Fact]
    public async Task A_period_rule_set_saved_by_the_administrator_cuts_its_periods()
    {
        var admin = await App.SignedInAsync("admin");
        var version = "test-" + Guid.NewGuid().ToString("N")[..8];
        // A part code no shipped kind has, so that every other period still follows the shipped rules.
        var rules = new
        {
            version,
            effectiveFrom = "2024-01-01",
            source = "Thử nghiệm",
            cutoffDay = 10,
            kinds = new[] { new { kind = "nineMonths", parts = new[] { new { code = "9MX", firstMonth = 1, lastMonth = 9 } } } },
            deadlines = new[] { new { level = "unit", day = 12 } },
        };

        var saved = await admin.PostAsJsonAsync($"{Url}/periods", rules, Ct);
        var again = await admin.PostAsJsonAsync($"{Url}/periods", rules, Ct);
        var report = await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={DossierRequests.Ward}&period=2024-9MX");
        var list = await admin.GetFromJsonAsync<JsonElement>(Url, Ct);

        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Ct));
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        report.GetProperty("period").GetProperty("from").GetString().ShouldBe("2023-12-10");
        report.GetProperty("period").GetProperty("to").GetString().ShouldBe("2024-09-09");
        list.GetProperty("periods").EnumerateArray().Select(v => v.GetProperty("version").GetString()).ShouldContain(version);
        (await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={DossierRequests.Ward}&period=2024-9M")).GetProperty("period").GetProperty("from").GetString().ShouldBe("2023-12-15");
    }

    [Fact]
    public async Task A_broken_period_rule_set_is_refused_with_every_problem_in_Vietnamese_and_nothing_is_saved()
    {
        var admin = await App.SignedInAsync("admin");
        var before = (await admin.GetFromJsonAsync<JsonElement>(Url, Ct)).GetProperty("periods").GetArrayLength();
        var rules = new
        {
            version = "test-bad",
            effectiveFrom = "2024-01-01",
            source = "Thử nghiệm",
            cutoffDay = 40,
            kinds = new[] { new { kind = "quarter", parts = new[] { new { code = "QB1", firstMonth = 4, lastMonth = 2 }, new { code = "QB1", firstMonth = 1, lastMonth = 3 } } } },
            deadlines = new[] { new { level = "unit", day = 17 } },
        };

        var refused = await (await admin.PostAsJsonAsync($"{Url}/periods", rules, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var malformed = await (await admin.PostAsync($"{Url}/periods", JsonContent.Create(new { version = 5 }), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var notAdmin = await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync($"{Url}/periods", rules, Ct);

        refused.ErrorMessages().ShouldBe(["Ngày chốt số liệu 40 phải từ 2 đến 28.", "Kỳ QB1: tháng 4–2 không hợp lệ.", "Mã kỳ QB1 bị lặp."]);
        malformed.ErrorMessages().Single().ShouldStartWith("Nội dung không đúng cấu trúc JSON");
        notAdmin.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetFromJsonAsync<JsonElement>(Url, Ct)).GetProperty("periods").GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task A_form_version_is_checked_on_upload_and_supersedes_the_shipped_one_from_its_effective_date()
    {
        var admin = await App.SignedInAsync("admin");
        var list = await admin.GetFromJsonAsync<JsonElement>(Url, Ct);
        var shipped = list.GetProperty("forms").EnumerateArray().Select(v => v.GetProperty("version").GetString()!).First(v => v.StartsWith("II.07 ", StringComparison.Ordinal));
        var form = JsonNode.Parse(await admin.GetStringAsync($"{Url}/forms/{Uri.EscapeDataString(shipped)}", Ct))!;
        var version = "test-" + Guid.NewGuid().ToString("N")[..8];
        form["version"] = version;
        // Far ahead: no other test's period reads it.
        form["effectiveFrom"] = "2090-01-01";
        form["title"] = "Biểu đã sửa tại {0}";
        var broken = form.DeepClone();
        broken["columns"]![3]!["measure"] = "khongCo";
        broken["identities"]!.AsArray().Add(new JsonObject { ["rule"] = "99 = 3", ["left"] = new JsonArray(99), ["right"] = new JsonArray(3) });

        var refused = await (await admin.PostAsJsonAsync($"{Url}/forms", broken, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var saved = await admin.PostAsJsonAsync($"{Url}/forms", form, Ct);

        refused.ErrorMessages().Count().ShouldBe(2);
        refused.ErrorMessages().ShouldContain(m => m.Contains("cột 99"));
        refused.ErrorMessages().ShouldContain(m => m.Contains("\"khongCo\""));
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Ct));
        await using var scope = App.Services.CreateAsyncScope();
        var forms = scope.ServiceProvider.GetRequiredService<ReportForms>();
        forms.Find("II.07", new DateOnly(2090, 3, 14), UnitKind.Commune)!.Version.ShouldBe(version);
        forms.Find("II.07", App.Today, UnitKind.Commune)!.Version.ShouldNotBe(version);
        forms.All.Count(f => f.Version == version).ShouldBe(1);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReportSettingsTestsOnSqlite(SqliteApp app) : ReportSettingsTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReportSettingsTestsOnPostgres(PostgresApp app) : ReportSettingsTests(app);
