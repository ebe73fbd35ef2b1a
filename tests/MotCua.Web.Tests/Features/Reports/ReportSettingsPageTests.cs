using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// The administrator's /Reports/Settings as a form of named fields (issue 18, item 10): a version's values fill the
/// fields, the fields save a new version as its JSON would, and what cannot be read is named in words.
/// </summary>
public abstract class ReportSettingsPageTests(MotCuaApp app) : ProviderTests(app)
{
    // Far from every test's periods: a saved version is in force for the periods that begin on or after it.
    private const string Far = "2099-01-01";

    [Fact]
    public async Task The_period_rules_fill_named_fields_and_the_fields_save_a_new_version()
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, "admin");
        var version = Unique();
        var page = await browser.GetStringAsync("/Reports/Settings?resource=periods&version=2020-04", Ct);
        var saved = await browser.PostFormAsync("/Reports/Settings", Fields(
            ("Resource", "periods"), ("Version", "2020-04"), ("Periods.Version", version), ("Periods.EffectiveFrom", Far), ("Periods.Source", "Kế hoạch mới"),
            ("Periods.CutoffDay", "15"), ("Periods.Deadlines.Unit", "16"), ("Periods.Deadlines.District", "18"), ("Periods.Deadlines.Province", ""),
            ("Periods.Kinds[0].Kind", "Quarter"), ("Periods.Kinds[0].Parts[0].Code", "Q1"), ("Periods.Kinds[0].Parts[0].FirstMonth", "1"), ("Periods.Kinds[0].Parts[0].LastMonth", "3"),
            ("Periods.Kinds[0].Parts[1].Code", ""), ("Periods.Kinds[0].Parts[1].FirstMonth", ""), ("Periods.Kinds[0].Parts[1].LastMonth", ""),
            ("Periods.Kinds[1].Kind", "Year"), ("Periods.Kinds[1].Parts[0].Code", ""), ("Periods.Kinds[1].Parts[0].FirstMonth", ""), ("Periods.Kinds[1].Parts[0].LastMonth", "")));
        var refused = await browser.PostFormAsync("/Reports/Settings", Fields(
            ("Resource", "periods"), ("Version", "2020-04"), ("Periods.Version", Unique()), ("Periods.EffectiveFrom", Far), ("Periods.CutoffDay", ""),
            ("Periods.Kinds[0].Kind", "Month"), ("Periods.Kinds[0].Parts[0].Code", ""), ("Periods.Kinds[0].Parts[0].FirstMonth", "1"), ("Periods.Kinds[0].Parts[0].LastMonth", "1")));

        page.ShouldContain("<label for=\"periods-cutoff\">Ngày chốt số liệu");
        page.ShouldContain("id=\"periods-cutoff\" name=\"Periods.CutoffDay\" type=\"number\" min=\"2\" max=\"28\" value=\"15\"");
        page.ShouldContain("name=\"Periods.Deadlines.District\" type=\"number\" min=\"1\" max=\"28\" value=\"19\"");
        page.ShouldContain("Loại kỳ Tháng (chốt ngày 21)");
        page.ShouldContain("value=\"M03-933\"");
        page.ShouldContain("href=\"/api/v1/reports/settings/periods/2020-04\" download");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Ct));
        var rules = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/reports/settings/periods/{version}", Ct);
        rules.GetProperty("effectiveFrom").GetString().ShouldBe(Far);
        rules.GetProperty("deadlines").EnumerateArray().Select(d => $"{d.GetProperty("level").GetString()} {d.GetProperty("day").GetInt32()}").ShouldBe(["unit 16", "district 18"]);
        var kind = rules.GetProperty("kinds").EnumerateArray().Single();
        kind.GetProperty("kind").GetString().ShouldBe("quarter");
        kind.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe(["Q1"]);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadAsStringAsync(Ct);
        problem.ShouldContain("Ngày chốt số liệu: chưa nhập.");
        problem.ShouldContain("Một kỳ có tháng nhưng chưa có mã kỳ.");
    }

    [Fact]
    public async Task A_form_fills_named_fields_with_its_figures_in_words_and_a_wrong_sum_is_named_by_its_column()
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, "admin");
        var version = Unique();
        var page = await browser.GetStringAsync("/Reports/Settings?resource=forms&version=II.06%202020", Ct);
        (string, string)[] head =
        [
            ("Resource", "forms"), ("Version", "II.06 2020"), ("Form.Code", "II.06"), ("Form.Version", version), ("Form.EffectiveFrom", Far), ("Form.Content", "Resolution"),
            ("Form.Title", "Kết quả giải quyết TTHC tại {0}"), ("Form.Number", "Biểu số {0}/VPCP/KSTT"), ("Form.Variants[0].Letter", "d"), ("Form.Variants[0].Kinds", "Commune"),
            ("Form.Columns[0].Number", "1"), ("Form.Columns[0].Headers[0]", "TT"), ("Form.Columns[1].Number", "2"), ("Form.Columns[1].Headers[0]", "Lĩnh vực"),
            ("Form.Columns[3].Number", "4"), ("Form.Columns[3].Headers[0]", "Trực tuyến"), ("Form.Columns[3].Measure", "receivedOnline"),
            ("Form.Columns[4].Number", "5"), ("Form.Columns[4].Headers[0]", "Trực tiếp"), ("Form.Columns[4].Measure", "receivedDesk"),
            ("Form.Identities[0].Rule", "3 = 4 + 5"), ("Form.Identities[0].Left", "3"), ("Form.Identities[0].Right", "4, 5"),
        ];
        var refused = await browser.PostFormAsync("/Reports/Settings", Fields([.. head, ("Form.Columns[2].Number", "3"), ("Form.Columns[2].Headers[0]", "Tổng số"), ("Form.Columns[2].Sum", "4, năm")]));
        var saved = await browser.PostFormAsync("/Reports/Settings", Fields([.. head, ("Form.Columns[2].Number", "3"), ("Form.Columns[2].Headers[0]", "Tổng số"), ("Form.Columns[2].Sum", "4, 5")]));

        page.ShouldContain("<option value=\"receivedOnline\" selected=\"selected\">Số hồ sơ nhận giải quyết — Trong kỳ — Trực tuyến</option>");
        page.ShouldContain("name=\"Form.Columns[2].Sum\" value=\"4, 5, 6\"");
        page.ShouldContain("<option value=\"Resolution\" selected=\"selected\">Tình hình, kết quả giải quyết hồ sơ</option>");
        page.ShouldContain("name=\"Form.Variants[3].Kinds\" value=\"Commune\" checked=\"checked\"");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("Cột 3, cộng các cột: &quot;năm&quot; không phải là số cột.");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Ct));
        var form = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/reports/settings/forms/{Uri.EscapeDataString("II.06 " + version)}", Ct);
        form.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("number").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
        form.GetProperty("columns")[2].GetProperty("sum").EnumerateArray().Select(n => n.GetInt32()).ShouldBe([4, 5]);
        form.GetProperty("variants")[0].GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ShouldBe(["commune"]);
        form.GetProperty("identities")[0].GetProperty("right").EnumerateArray().Select(n => n.GetInt32()).ShouldBe([4, 5]);
    }

    private static MultipartFormDataContent Fields(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static string Unique() => $"t-{Guid.NewGuid().ToString("N")[..8]}";
}

[Collection(SqliteGroup.Name)]
public sealed class ReportSettingsPageTestsOnSqlite(SqliteApp app) : ReportSettingsPageTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReportSettingsPageTestsOnPostgres(PostgresApp app) : ReportSettingsPageTests(app);
