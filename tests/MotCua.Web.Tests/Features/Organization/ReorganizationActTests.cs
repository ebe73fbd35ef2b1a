using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Features.Organization;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Reports;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// Issue 17: a reorganization is one dated act, previewed before it is adopted, applied on its effective day (at once when
/// that day is past, with the facts dated from it), withdrawn while not in force; an ended unit's open dossiers pass to its
/// successor with their codes and due times, and a past period keeps its figures.
/// </summary>
public abstract class ReorganizationActTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Town = "PL";
    private const string Successor = "PL-LONGTHUY";
    private const string Merged = "PL-THACMO";
    private const string NewName = "Ủy ban nhân dân phường Phước Long";
    private static readonly string[] PartToTnmt = ["BGM-TNMT"];
    private static readonly string[] PartToItsOwnSuccessor = ["SO-TP"];
    private static readonly string[] PartToTheJusticeDepartment = ["SO-TP"];

    [Fact]
    public async Task A_past_dated_act_is_previewed_applied_from_its_day_passes_open_dossiers_on_and_leaves_the_past_quarter_as_it_was()
    {
        var admin = await App.SignedInAsync("admin");
        var open = await App.ReceivedAtAsync("tiepnhan.thacmo", Merged);
        var before = await App.DossierAsync("admin", open);
        (await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/dossiers/{open}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var quarterBefore = await App.ReportAsync("lanhdao", "II.06", $"unitCode={Town}&period=2024-Q4&by=unit");
        var act = await PlanAsync(admin, new DateOnly(2025, 1, 1),
            Step("merge", Merged, Successor), Step("rename", Successor, name: NewName), Step("move", Successor, "TINH"),
            Step("create", "PL-LONGTHUY-TT", Successor, "Trung tâm phục vụ hành chính công phường Phước Long", "serviceCentre"));

        var preview = await (await admin.GetAsync($"/api/v1/reorganizations/{act}/preview", Ct)).ShouldBeOkJsonAsync();

        preview.GetProperty("blockers").GetRawText().ShouldBe("[]");
        preview.GetProperty("units").GetArrayLength().ShouldBe(4);
        preview.GetProperty("openDossierCodes").EnumerateArray().Select(c => c.GetString()).ShouldContain(open);
        preview.GetProperty("officers").EnumerateArray().Select(o => o.GetString()).ShouldContain(o => o!.Contains("(chuyenvien.thacmo)"));
        using (var english = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reorganizations/{act}/preview"))
        {
            english.Headers.AcceptLanguage.ParseAdd("en");
            var lines = (await (await admin.SendAsync(english, Ct)).ShouldBeOkJsonAsync()).GetProperty("units").EnumerateArray().Select(u => u.GetString()).ToList();
            lines[0].ShouldStartWith("Merge Ủy ban nhân dân phường Thác Mơ (PL-THACMO) into PL-LONGTHUY");
            lines[3].ShouldStartWith("Create ");
        }

        (await App.UnitAsync("", Merged)).GetProperty("isActive").GetBoolean().ShouldBeTrue("a preview changes nothing");

        var adopted = await (await admin.PostAsync($"/api/v1/reorganizations/{act}/adopt", null, Ct)).ShouldBeOkJsonAsync();

        adopted.GetProperty("status").GetString().ShouldBe("applied");
        var after = await App.DossierAsync("lanhdao.xa", open);
        (after.GetProperty("code").GetString(), after.GetProperty("dueAt").GetDateTimeOffset()).ShouldBe((open, before.GetProperty("dueAt").GetDateTimeOffset()));
        after.GetProperty("currentUnitCode").GetString().ShouldBe(Successor);
        after.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString().ShouldBe(UnitSuccession.PassedToSuccessor);
        (await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={open}", Ct))
            .GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe([open]);
        (await App.ReportAsync("lanhdao", "II.06", $"unitCode={Town}&period=2024-Q4&by=unit")).GetProperty("rows").GetRawText()
            .ShouldBe(quarterBefore.GetProperty("rows").GetRawText());
        await ShouldIncludeTheMergedWardWhenAskedAsync(quarterBefore);
        var eve = await App.UnitAsync("?asOf=2024-12-31&includeInactive=true", Successor);
        (eve.GetProperty("parentCode").GetString(), eve.GetProperty("name").GetString()).ShouldNotBe(("TINH", NewName));
        var day = await App.UnitAsync("?asOf=2025-01-01&includeInactive=true", Successor);
        (day.GetProperty("parentCode").GetString(), day.GetProperty("name").GetString()).ShouldBe(("TINH", NewName));
        (await App.UnitAsync("?asOf=2025-01-01&includeInactive=true", Merged)).GetProperty("mergedIntoCode").GetString().ShouldBe(Successor);
        (await App.UnitsAsync("?asOf=2024-12-31&includeInactive=true")).ShouldNotContain(u => u.GetProperty("code").GetString() == "PL-LONGTHUY-TT");
        await (await admin.PostAsync($"/api/v1/reorganizations/{act}/withdraw", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var line = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/units/{Successor}/lineage", Ct);
        line.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("code").GetString()).ShouldBe([Merged]);
        line.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("validFrom").ValueKind == JsonValueKind.Null ? null : p.GetProperty("validFrom").GetString())
            .ShouldBe([null, "2025-01-01"]);
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/units/{Merged}/lineage", Ct)).GetProperty("successors").EnumerateArray()
            .Select(p => p.GetProperty("code").GetString()).ShouldBe([Successor]);

        var tooEarly = await PlanAsync(admin, new DateOnly(2024, 12, 1), Step("rename", Successor, name: "Phường cũ"));
        (await (await admin.GetAsync($"/api/v1/reorganizations/{tooEarly}/preview", Ct)).ShouldBeOkJsonAsync()).GetProperty("blockers").GetArrayLength().ShouldBe(1);
        await (await admin.PostAsync($"/api/v1/reorganizations/{tooEarly}/adopt", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await (await admin.GetAsync($"/api/v1/reorganizations/{tooEarly}", Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("planned");
    }

    [Fact]
    public async Task A_future_act_waits_for_its_day_and_one_withdrawn_never_happens()
    {
        var admin = await App.SignedInAsync("admin");
        var day = App.Today.AddDays(10);
        var waiting = await PlanAsync(admin, day, Step("rename", "BGM-DAKO", name: "Ủy ban nhân dân xã Đa Kia mới"), Step("merge", "BGM-DAKO", "BGM-PHUNGHIA"));
        var received = await App.ReceivedAtAsync("tiepnhan.dako", "BGM-DAKO");
        var eve = $"unitCode=BGM&from={ReportRequests.Day(App.Today)}&to={ReportRequests.Day(day.AddDays(-1))}&by=unit";
        var withdrawn = await PlanAsync(admin, day, Step("rename", "BGM-PHUNGHIA", name: "Không bao giờ"));

        (await (await admin.PostAsync($"/api/v1/reorganizations/{waiting}/adopt", null, Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("adopted");
        (await (await admin.PostAsync($"/api/v1/reorganizations/{withdrawn}/adopt", null, Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("adopted");
        (await (await admin.PostAsync($"/api/v1/reorganizations/{withdrawn}/withdraw", null, Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("withdrawn");
        await (await admin.PostAsync($"/api/v1/reorganizations/{withdrawn}/adopt", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var procedures = await App.ReportAsync("lanhdao.bgm", "II.07", eve);
        procedures.Rows().Single(r => r.TryGetProperty("unitCode", out var c) && c.GetString() == "BGM-DAKO").Cell(3).ShouldBeGreaterThan(0, "the commune resolves procedures");
        await App.ApplyDueReorganizationsAsync();
        (await App.UnitAsync("", "BGM-DAKO")).GetProperty("name").GetString().ShouldNotBe("Ủy ban nhân dân xã Đa Kia mới", "not before its day");

        App.Clock.Advance(TimeSpan.FromDays(10));
        await App.ApplyDueReorganizationsAsync();

        (await App.UnitAsync("?includeInactive=true", "BGM-DAKO")).GetProperty("mergedIntoCode").GetString().ShouldBe("BGM-PHUNGHIA");
        (await App.ReportAsync("lanhdao.bgm", "II.07", eve)).GetProperty("rows").GetRawText()
            .ShouldBe(procedures.GetProperty("rows").GetRawText(), "the merged commune resolved its procedures until the act's day");
        (await App.UnitAsync($"?asOf={ReportRequests.Day(day)}&includeInactive=true", "BGM-DAKO")).GetProperty("name").GetString().ShouldBe("Ủy ban nhân dân xã Đa Kia mới");
        (await App.UnitAsync($"?asOf={ReportRequests.Day(day.AddDays(-1))}", "BGM-DAKO")).GetProperty("name").GetString().ShouldNotBe("Ủy ban nhân dân xã Đa Kia mới");
        (await App.UnitAsync("", "BGM-PHUNGHIA")).GetProperty("name").GetString().ShouldNotBe("Không bao giờ");
        var receipt = await PdfTools.TextAsync(await (await App.SignedInAsync("lanhdao.bgm")).GetByteArrayAsync($"/api/v1/dossiers/{received}/documents/receipt", Ct));
        receipt.ShouldContain("UBND XÃ ĐAK Ơ", Case.Sensitive, "a receipt reprinted later names the commune as it was on its day");
        receipt.ShouldNotContain("ĐA KIA MỚI");
        (await (await (await App.SignedInAsync("admin")).GetAsync($"/api/v1/reorganizations/{waiting}", Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("applied");
    }

    [Fact]
    public async Task A_split_division_hands_its_work_to_the_named_successor_its_parts_record_it_and_the_act_says_who_keeps_which_role()
    {
        var admin = await App.SignedInAsync("admin");
        (await admin.PutAsJsonAsync("/api/v1/officers", new
        {
            userName = "cv.tckh", fullName = "Lê Thị Tách", password = "MatKhauRatDai1",
            roles = new[] { new { role = "specialist", unitCode = "BGM-TCKH" }, new { role = "leader", unitCode = "BGM-GDDT" } },
        }, Ct)).EnsureSuccessStatusCode();
        var act = await PlanAsync(admin, App.Today,
            new { kind = "split", unitCode = "BGM-TCKH", targetCode = "SO-KHDT", parts = PartToTnmt, roles = "end" },
            new { kind = "grant", unitCode = "SO-KHDT", officer = "cv.tckh", role = "leader" },
            new { kind = "revoke", unitCode = "BGM-GDDT", officer = "cv.tckh", role = "leader" });

        var preview = await (await admin.GetAsync($"/api/v1/reorganizations/{act}/preview", Ct)).ShouldBeOkJsonAsync();

        preview.GetProperty("blockers").GetRawText().ShouldBe("[]");
        var officers = preview.GetProperty("officers").EnumerateArray().Select(o => o.GetString()!).ToList();
        officers.ShouldContain(o => o.Contains("(cv.tckh)") && o.EndsWith("chấm dứt cùng BGM-TCKH"));
        officers.ShouldContain(o => o.StartsWith("cv.tckh: giao vai trò") && o.Contains("(SO-KHDT)"));
        preview.GetProperty("units")[0].GetString()!.ShouldContain("nhận một phần: BGM-TNMT");

        (await (await admin.PostAsync($"/api/v1/reorganizations/{act}/adopt", null, Ct)).ShouldBeOkJsonAsync()).GetProperty("status").GetString().ShouldBe("applied");

        var split = await App.UnitAsync("?includeInactive=true", "BGM-TCKH");
        (split.GetProperty("isActive").GetBoolean(), split.GetProperty("mergedIntoCode").GetString()).ShouldBe((false, "SO-KHDT"));
        var roles = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/officers?q=cv.tckh", Ct)).GetProperty("items").EnumerateArray()
            .Single().GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("unitCode").GetString()));
        roles.ShouldBe([("leader", "SO-KHDT")], "the split division's role ended with it (not passed), the other unit's was revoked, the act granted one at the department");
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units/BGM-TNMT/lineage", Ct)).GetProperty("predecessors").EnumerateArray()
            .Select(p => p.GetProperty("code").GetString()).ShouldBe(["BGM-TCKH"]);
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units/BGM-TCKH/lineage", Ct)).GetProperty("successors").EnumerateArray()
            .Select(p => p.GetProperty("code").GetString()).ShouldBe(["SO-KHDT", "BGM-TNMT"]);
    }

    [Fact]
    public async Task An_act_refused_on_its_day_stays_adopted_with_the_reason_on_its_page_and_in_health_until_it_is_withdrawn()
    {
        var admin = await App.SignedInAsync("admin");
        var day = App.Today.AddDays(5);
        var act = await PlanAsync(admin, day, Step("merge", "BGM-GDDT", "BGM-TP"));
        await (await admin.PostAsync($"/api/v1/reorganizations/{act}/adopt", null, Ct)).ShouldBeOkJsonAsync();
        (await admin.PostAsync("/api/v1/units/BGM-TP/deactivate", null, Ct)).EnsureSuccessStatusCode();

        App.Clock.Advance(TimeSpan.FromDays(5));
        await App.ApplyDueReorganizationsAsync();
        admin = await App.SignedInAsync("admin");

        var kept = await (await admin.GetAsync($"/api/v1/reorganizations/{act}", Ct)).ShouldBeOkJsonAsync();
        (kept.GetProperty("status").GetString(), kept.GetProperty("failedAt").GetDateTimeOffset()).ShouldBe(("adopted", App.Clock.GetUtcNow()));
        kept.GetProperty("failure").GetString()!.ShouldContain("đang hoạt động");
        (await ReorganizationHealthAsync()).ShouldBe("Degraded");
        var page = await (await admin.GetAsync($"/Organization/Reorganization/{act}", Ct)).Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Đã đến ngày hiệu lực nhưng chưa áp dụng được");

        (await admin.PostAsync($"/api/v1/reorganizations/{act}/withdraw", null, Ct)).EnsureSuccessStatusCode();

        (await ReorganizationHealthAsync()).ShouldBe("Healthy");
        (await App.UnitAsync("", "BGM-GDDT")).GetProperty("isActive").GetBoolean().ShouldBeTrue();
    }

    private async Task<string?> ReorganizationHealthAsync() =>
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/health", Ct)).GetProperty("checks").GetProperty("reorganizations").GetProperty("status").GetString();

    [Fact]
    public async Task A_split_without_parts_a_grant_without_a_role_and_roles_said_of_a_rename_are_refused_and_a_split_with_sub_units_is_a_blocker()
    {
        var admin = await App.SignedInAsync("admin");
        var refused = await (await admin.PostAsJsonAsync("/api/v1/reorganizations", Act(App.Today,
            new { kind = "split", unitCode = "BGM-GDDT", targetCode = "SO-TP" },
            new { kind = "grant", unitCode = "SO-TP", officer = "chuyenvien.bgm" },
            new { kind = "rename", unitCode = "BGM-GDDT", name = "Phòng mới", roles = "end" },
            new { kind = "split", unitCode = "BGM-GDDT", targetCode = "SO-TP", parts = PartToItsOwnSuccessor }), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        refused.ErrorKeys().ShouldBe(["steps[0]", "steps[1]", "steps[2]", "steps[3]"], ignoreOrder: true);
        var act = await PlanAsync(admin, App.Today, new { kind = "revoke", unitCode = "SO-TP", officer = "chuyenvien.bgm" });
        (await (await admin.GetAsync($"/api/v1/reorganizations/{act}/preview", Ct)).ShouldBeOkJsonAsync()).GetProperty("blockers")[0].GetString()!
            .ShouldContain("không giữ vai trò này tại SO-TP");
        var townSplit = await PlanAsync(admin, App.Today, new { kind = "split", unitCode = Town, targetCode = Successor, parts = PartToTheJusticeDepartment });
        (await (await admin.GetAsync($"/api/v1/reorganizations/{townSplit}/preview", Ct)).ShouldBeOkJsonAsync()).GetProperty("blockers")[0].GetString()!
            .ShouldContain("trước khi chia tách", Case.Sensitive, "a split is named as such, not as an abolition");
    }

    [Fact]
    public async Task An_act_without_steps_or_dates_is_refused_field_by_field_and_officers_cannot_plan_one()
    {
        var admin = await App.SignedInAsync("admin");
        var refused = await (await admin.PostAsJsonAsync("/api/v1/reorganizations", new { decisionNumber = "", title = "Sắp xếp", steps = Array.Empty<object>() }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.ErrorKeys().ShouldBe(["decisionNumber", "decidedOn", "effectiveOn", "steps"], ignoreOrder: true);
        var count = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/reorganizations", Ct)).GetArrayLength();
        (await (await App.SignedInAsync("lanhdao")).PostAsJsonAsync("/api/v1/reorganizations", Act(App.Today, Step("rename", Town, name: "X")), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetFromJsonAsync<JsonElement>("/api/v1/reorganizations", Ct)).GetArrayLength().ShouldBe(count);
    }

    /// <summary>
    /// The successor's report of a quarter before the merger, asked to include its predecessors, holds its own row and
    /// the merged ward's row of the town's report taken before the act, column by column; and says so in its header.
    /// </summary>
    private async Task ShouldIncludeTheMergedWardWhenAskedAsync(JsonElement townBefore)
    {
        JsonElement RowOf(string unit) => townBefore.Rows().Single(r => r.UnitCode() == unit);
        RowOf(Merged).Cell(3).ShouldBeGreaterThan(0, "the merged ward received dossiers in 2024-Q4, or the sum could not tell");
        var own = await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={Successor}&period=2024-Q4");
        var whole = await App.ReportAsync("lanhdao.xa", "II.06", $"unitCode={Successor}&period=2024-Q4&includePredecessors=true");

        var columns = Enumerable.Range(3, 11).ToList();
        columns.Select(c => whole.Total().Cell(c)).ShouldBe(columns.Select(c => RowOf(Successor).Cell(c) + RowOf(Merged).Cell(c)));
        columns.Select(c => own.Total().Cell(c)).ShouldBe(columns.Select(c => RowOf(Successor).Cell(c)));
        whole.GetProperty("predecessors").EnumerateArray().Select(p => p.GetString()).ShouldBe(["Ủy ban nhân dân phường Thác Mơ"]);
        own.GetProperty("predecessors").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await (await App.SignedInAsync("lanhdao.xa")).GetAsync($"/api/v1/reports/HSQH?unitCode={Successor}&period=2024-Q4&includePredecessors=true", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<string> PlanAsync(HttpClient admin, DateOnly effective, params object[] steps) =>
        (await (await admin.PostAsJsonAsync("/api/v1/reorganizations", Act(effective, steps), Ct)).ShouldBeCreatedJsonAsync()).GetProperty("id").GetString()!;

    private static object Act(DateOnly effective, params object[] steps) => new
    {
        decisionNumber = "1662/NQ-UBTVQH15",
        decidedOn = ReportRequests.Day(effective.AddDays(-14)),
        effectiveOn = ReportRequests.Day(effective),
        title = "Sắp xếp đơn vị hành chính cấp xã",
        steps,
    };

    private static object Step(string kind, string unitCode, string? targetCode = null, string? name = null, string? unitKind = null) =>
        new { kind, unitCode, targetCode, name, unitKind };
}

[Collection(SqliteReorganizationActGroup.Name)]
public sealed class ReorganizationActTestsOnSqlite(SqliteReorganizationActApp app) : ReorganizationActTests(app);

[Collection(PostgresReorganizationActGroup.Name)]
public sealed class ReorganizationActTestsOnPostgres(PostgresReorganizationActApp app) : ReorganizationActTests(app);
