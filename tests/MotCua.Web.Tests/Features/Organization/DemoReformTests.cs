using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Web.Data.Seed;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Reports;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// Issue 17's acceptance: the demo's reform of 1 July 2025 (the act the demo records when seeded after that day,
/// <see cref="DemoReform.File"/>) replayed by an administrator on the 2024 demo. Every report form and the 766 index of
/// 2024-Q2 and 2025-Q2 give the same figures before and after the act is applied; the periods after the reform have no
/// district row; an open dossier of the merged ward is in its successor's inbox with its code and due time unchanged.
/// </summary>
public abstract class DemoReformTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Leader = "lanhdao.tinh";

    private static readonly string[] Districts = ["PL", "BGM"];

    /// <summary>Cut-off quarters of REPORTS.md, and the index over the same days.</summary>
    private static readonly (string Period, string From, string To)[] Before =
    [
        ("2024-Q2", "2024-03-15", "2024-06-14"),
        ("2025-Q2", "2025-03-15", "2025-06-14"),
    ];

    private static readonly string[] IndexUnits = ["TINH", "PL", "PL-LONGTHUY", "PL-THACMO", "BGM", "BGM-DAKO"];

    [Fact]
    public async Task The_demo_reform_replayed_leaves_2024_Q2_and_2025_Q2_as_they_were_and_no_district_row_after_it()
    {
        MoveTo(new DateOnly(2025, 4, 7));
        var open = await App.ReceivedAtAsync("tiepnhan.thacmo", "PL-THACMO");
        var received = await App.DossierAsync("lanhdao.thacmo", open);
        MoveTo(new DateOnly(2025, 6, 23));
        var forms = await FormsAsync();
        var past = await FiguresAsync(forms, Before);
        past["II.06 2024-Q2"].Total().Cell(3).ShouldBeGreaterThan(0, "the demo has dossiers in 2024-Q2");
        past["II.06 2024-Q2"].GetProperty("unitName").GetString().ShouldBe("Ủy ban nhân dân tỉnh Bình Phước");
        past["II.06 2025-Q2"].Total().Cell(3).ShouldBeGreaterThan(0, "a dossier was received in 2025-Q2");
        (await WardReceptionAsync("2025-Q2")).ShouldBe("Bộ phận Một cửa phường Long Thủy");

        var admin = await App.SignedInAsync("admin");
        using var body = new StringContent(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Seed", DemoReform.File)), Encoding.UTF8, "application/json");
        var act = (await (await admin.PostAsync("/api/v1/reorganizations", body, Ct)).ShouldBeCreatedJsonAsync()).GetProperty("id").GetString();
        var preview = await (await admin.GetAsync($"/api/v1/reorganizations/{act}/preview", Ct)).ShouldBeOkJsonAsync();
        preview.GetProperty("blockers").GetArrayLength().ShouldBe(0, preview.GetProperty("blockers").GetRawText());
        preview.GetProperty("openDossierCodes").EnumerateArray().Select(c => c.GetString()).ShouldContain(open);
        (await (await admin.PostAsync($"/api/v1/reorganizations/{act}/adopt", null, Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("adopted");
        MoveTo(new DateOnly(2025, 7, 1));
        await App.ApplyDueReorganizationsAsync();
        (await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/reorganizations/{act}", Ct)).GetProperty("status").GetString().ShouldBe("applied");
        await AppliedActReadsAsBeforeAsync(act!);

        var after = await FiguresAsync(forms, Before);
        foreach (var (key, figures) in past)
        {
            Rows(after[key]).ShouldBe(Rows(figures), key);
        }

        var passed = await App.DossierAsync("lanhdao.xa", open);
        (passed.GetProperty("currentUnitCode").GetString(), passed.GetProperty("dueAt").GetDateTimeOffset()).ShouldBe(("PL-LONGTHUY", received.GetProperty("dueAt").GetDateTimeOffset()));
        (await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={open}", Ct))
            .GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe([open]);

        MoveTo(new DateOnly(2026, 1, 5));
        var later = await FiguresAsync(forms, [("2025-Q4", "2025-09-15", "2025-12-14"), ("2026-Q1", "2025-12-15", "2026-01-04")]);
        foreach (var (key, figures) in later.Where(f => !f.Key.StartsWith("766", StringComparison.Ordinal)))
        {
            figures.Rows().Select(r => r.UnitCode()).Intersect(Districts).ShouldBeEmpty(key);
            figures.Rows().Select(r => r.GetProperty("label").GetString()).ShouldNotContain("Cấp huyện", key);
            figures.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("header").GetString()).ShouldAllBe(h => !h!.Contains("huyện"), key);
        }

        await NoDistrictAfterTheReformAsync(past);
        await SpanningPeriodSaysItsTreeAsync(later["II.06 2025-Q4"]);
        await ReceivedAtAnotherCommunesCentreAsync();

        later["II.06 2025-Q4"].GetProperty("unitName").GetString().ShouldBe("Ủy ban nhân dân tỉnh Đồng Nai");
        later["II.06 2025-Q4"].GetProperty("receptionUnit").GetString().ShouldBe("Trung tâm Phục vụ hành chính công tỉnh Đồng Nai");
        (await WardReceptionAsync("2025-Q4")).ShouldBe("Trung tâm Phục vụ hành chính công phường Phước Long", "the desk became the ward's centre (Decree 118/2025)");
        (await WardReceptionAsync("2025-Q2")).ShouldBe("Bộ phận Một cửa phường Long Thủy", "a period before the reform keeps its desk's name");
    }

    /// <summary>
    /// After the reform, a dossier for phường Phước Long handed in at the centre of xã Phú Nghĩa: the centre receipts it,
    /// II.06 counts it at Phú Nghĩa (REPORTS.md §2: at the unit that received it), the ward resolves it and the centre
    /// hands the result back.
    /// </summary>
    private async Task ReceivedAtAnotherCommunesCentreAsync()
    {
        var today = $"from={ReportRequests.Day(App.Today)}&to={ReportRequests.Day(App.Today)}";
        async Task<long> ReceivedAsync(string unit) => (await App.ReportAsync(Leader, "II.06", $"unitCode={unit}&{today}")).Total().Cell(3);
        var before = (await ReceivedAsync("BGM-PHUNGHIA"), await ReceivedAsync("PL-LONGTHUY"));

        var code = await App.ReceiveAsync(CertificationFlow.Request("PL-LONGTHUY"), "tiepnhan.bgm");

        (await PdfTools.TextAsync(await App.PrintAsync(code, "receipt", "tiepnhan.bgm"))).ShouldContain("Trung tâm Phục vụ hành chính công xã Phú Nghĩa tiếp nhận hồ sơ");
        (await ReceivedAsync("BGM-PHUNGHIA"), await ReceivedAsync("PL-LONGTHUY")).ShouldBe((before.Item1 + 1, before.Item2));
        var returned = await CertificationFlow.ResolveAndReturnAsync(App, code, "tiepnhan.bgm", "lanhdao.xa", "chuyenvien.xa");
        (returned.GetProperty("status").GetString(), returned.GetProperty("unitCode").GetString()).ShouldBe(("returned", "PL-LONGTHUY"));
        returned.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("unitCode").GetString()))
            .ShouldContain(("return-result", "BGM-PHUNGHIA-MC"));
    }

    /// <summary>
    /// 2025-Q3 (15 June to 14 September 2025) spans the act: the report says it is computed on the tree of its last day,
    /// in the JSON and under the period line of the printed form; 2025-Q4, wholly after the act, says nothing.
    /// </summary>
    private async Task SpanningPeriodSaysItsTreeAsync(JsonElement after)
    {
        var spanning = (await App.ReportAsync(Leader, "II.06", "unitCode=TINH&period=2025-Q3")).GetProperty("reorganization");
        (spanning.GetProperty("decisionNumbers").EnumerateArray().Single().GetString(), spanning.GetProperty("organizationAsOf").GetString()).ShouldBe(("1662/NQ-UBTVQH15", "2025-09-14"));
        after.GetProperty("reorganization").ValueKind.ShouldBe(JsonValueKind.Null);
        var pdf = await (await App.SignedInAsync(Leader)).GetByteArrayAsync("/api/v1/reports/II.06?unitCode=TINH&period=2025-Q3&format=pdf", Ct);
        (await PdfTools.TextAsync(pdf)).ShouldContain("theo tổ chức tại ngày 14/09/2025");
    }

    /// <summary>
    /// The applied act still names its units as they stood before it (not "Đồng Nai becomes Đồng Nai"), and its page no
    /// longer counts what would pass, which today's records put at 0 although dossiers did pass on its day.
    /// </summary>
    private async Task AppliedActReadsAsBeforeAsync(string act)
    {
        var admin = await App.SignedInAsync("admin");
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/reorganizations/{act}/preview", Ct)).GetProperty("units")[0].GetString()
            .ShouldBe("Đổi tên Ủy ban nhân dân tỉnh Bình Phước (TINH) thành Ủy ban nhân dân tỉnh Đồng Nai");
        var page = await admin.GetStringAsync($"/Organization/Reorganization/{act}", Ct);
        page.ShouldContain("Đổi tên Ủy ban nhân dân tỉnh Bình Phước (TINH)");
        page.ShouldNotContain("Hồ sơ đang giải quyết chuyển sang đơn vị kế thừa");
    }

    /// <summary>
    /// The forms by field of 2025-Q4 have no district heading, the district's procedures counted at the level that took
    /// them over, none dropped (the province's procedures as in 2025-Q2, which no catalog change separates); the province's
    /// board lists its communes due on the 17th (the period rules' "unit" deadline, no other rule being known) and no
    /// district, while the abolished district's board of 2024 still lists its wards.
    /// </summary>
    private async Task NoDistrictAfterTheReformAsync(Dictionary<string, JsonElement> past)
    {
        foreach (var form in new[] { "II.06", "II.07" })
        {
            var byField = await App.ReportAsync(Leader, form, "unitCode=TINH&period=2025-Q4");
            byField.Rows().Select(r => r.GetProperty("label").GetString()).ShouldNotContain("Cấp huyện", form);
            byField.Total().Cell(3).ShouldBe((await App.ReportAsync(Leader, form, "unitCode=TINH&period=2025-Q4&by=unit")).Total().Cell(3), form);
            // The land registration branches, divisions now under the department, count at the province's level.
            (await App.ReportAsync(Leader, form, "unitCode=SO-TNMT&period=2025-Q4&by=unit")).Rows().Select(r => r.GetProperty("label").GetString()).ShouldNotContain("Cấp huyện", form);
        }

        (await App.ReportAsync(Leader, "II.07", "unitCode=TINH&period=2025-Q4")).Total().Cell(3).ShouldBe(past["II.07 2025-Q2"].Total().Cell(3), "no procedure is dropped with the district columns");
        var leader = await App.SignedInAsync(Leader);
        var board = await leader.GetFromJsonAsync<JsonElement>("/api/v1/reports/II.06/submissions?parentUnitCode=TINH&period=2025-Q4", Ct);
        var due = board.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unitCode").GetString()!, u => u.GetProperty("deadline").GetString());
        due.Keys.Intersect(Districts).ShouldBeEmpty();
        (due["PL-LONGTHUY"], due["BGM-PHUNGHIA"], due["BGM-DAKO"]).ShouldBe(("2025-12-17", "2025-12-17", "2025-12-17"));
        var district = await leader.GetFromJsonAsync<JsonElement>("/api/v1/reports/II.06/submissions?parentUnitCode=PL&period=2024-Q2", Ct);
        district.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitCode").GetString()).ShouldContain("PL-THACMO");
    }

    /// <summary>Where ward Long Thủy (phường Phước Long from the reform) received its dossiers in a period, as its II.06 prints it.</summary>
    private async Task<string?> WardReceptionAsync(string period) =>
        (await App.ReportAsync(Leader, "II.06", $"unitCode=PL-LONGTHUY&period={period}")).GetProperty("receptionUnit").GetString();

    private async Task<List<string>> FormsAsync() =>
        [.. (await (await App.SignedInAsync(Leader)).GetFromJsonAsync<JsonElement>("/api/v1/reports/forms", Ct)).EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

    /// <summary>Each form for the province by unit, and the index of the units that change, for each period.</summary>
    private async Task<Dictionary<string, JsonElement>> FiguresAsync(List<string> forms, (string Period, string From, string To)[] periods)
    {
        var figures = new Dictionary<string, JsonElement>();
        var leader = await App.SignedInAsync(Leader);
        foreach (var (period, from, to) in periods)
        {
            foreach (var form in forms)
            {
                figures[$"{form} {period}"] = await App.ReportAsync(Leader, form, $"unitCode=TINH&period={period}&by=unit");
            }

            foreach (var unit in IndexUnits)
            {
                figures[$"766 {unit} {period}"] = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/service-index?unitCode={unit}&from={from}&to={to}", Ct);
            }
        }

        return figures;
    }

    /// <summary>What a period's figures are: a form's rows, the index's groups (the response's other fields say when it was read).</summary>
    private static string Rows(JsonElement figures) =>
        (figures.TryGetProperty("rows", out var rows) ? rows : figures.GetProperty("groups")).GetRawText();

    /// <summary>Moves the clock forward to 09:00 in Vietnam on <paramref name="day"/>.</summary>
    private void MoveTo(DateOnly day) =>
        App.Clock.Advance(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), WorkingCalendar.VietnamOffset) - App.Clock.GetUtcNow());
}

[Collection(SqliteDemoReformGroup.Name)]
public sealed class DemoReformTestsOnSqlite(SqliteLaterApp app) : DemoReformTests(app);

[Collection(PostgresDemoReformGroup.Name)]
public sealed class DemoReformTestsOnPostgres(PostgresLaterApp app) : DemoReformTests(app);
