using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Reports;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// Issue 17, "the demo tells the real story": a province seeding the demo today gets its 2024 history under the old
/// structure, the reform act applied on 1 July 2025, and the months since under the province and its communes, each
/// received for by its public administration service centre; the demo accounts work in their units after the reform.
/// </summary>
public abstract class DemoStoryTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Leader = "lanhdao.tinh";

    [Fact]
    public async Task The_demo_seeded_today_holds_2024_under_the_districts_the_reform_applied_and_the_months_since_under_the_communes()
    {
        var act = (await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/reorganizations", Ct)).EnumerateArray().ShouldHaveSingleItem();
        (act.GetProperty("decisionNumber").GetString(), act.GetProperty("status").GetString(), act.GetProperty("effectiveOn").GetString())
            .ShouldBe(("1662/NQ-UBTVQH15", "applied", "2025-07-01"));
        var ward = await App.UnitAsync("", "PL-LONGTHUY");
        (ward.GetProperty("name").GetString(), ward.GetProperty("parentCode").GetString()).ShouldBe(("Ủy ban nhân dân phường Phước Long", "TINH"));
        (await App.UnitAsync("", "PL-LONGTHUY-MC")).GetProperty("kind").GetString().ShouldBe("serviceCentre");
        (await App.UnitsAsync("")).Select(u => u.GetProperty("kind").GetString()).ShouldNotContain("district");
        (await App.UnitAsync("?includeInactive=true", "PL")).GetProperty("mergedIntoCode").GetString().ShouldBe("PL-LONGTHUY");
        (await App.UnitAsync("?asOf=2025-06-30", "PL-THACMO")).GetProperty("parentCode").GetString().ShouldBe("PL");

        var before = await App.ReportAsync(Leader, "II.06", "unitCode=TINH&period=2024-Q2&by=unit");
        before.GetProperty("unitName").GetString().ShouldBe("Ủy ban nhân dân tỉnh Bình Phước");
        before.Total().Cell(3).ShouldBeGreaterThan(0, "the demo's history begins in January 2024");
        before.Rows().Select(r => r.UnitCode()).ShouldContain("PL");
        before.Rows().Select(r => r.UnitCode()).ShouldContain("BGM");
        var since = await App.ReportAsync(Leader, "II.06", "unitCode=TINH&period=2026-Q3&by=unit");
        since.GetProperty("unitName").GetString().ShouldBe("Ủy ban nhân dân tỉnh Đồng Nai");
        since.Total().Cell(3).ShouldBeGreaterThan(0, "the demo goes on after the reform");
        since.Rows().Select(r => r.UnitCode()).ShouldContain("PL-LONGTHUY");
        since.Rows().Select(r => r.UnitCode()).Intersect(["PL", "BGM", "PL-THACMO"]).ShouldBeEmpty();

        // The town's receptionist of 2024 receives at the ward's centre today, and the receipt names the centre.
        var code = await App.ReceivedAtAsync("tiepnhan", DossierRequests.Ward);
        var receipt = await PdfTools.WordsAsync(await App.PrintAsync(code, "receipt"));
        receipt.ShouldContain("UBND PHƯỜNG PHƯỚC LONG", Case.Sensitive);
        receipt.ShouldContain("Trung tâm Phục vụ hành chính công phường Phước Long");
        (await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={code}", Ct))
            .GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe([code]);
    }
}

[Collection(SqliteDemoTodayGroup.Name)]
public sealed class DemoStoryTestsOnSqlite(SqliteDemoTodayApp app) : DemoStoryTests(app);

[Collection(PostgresDemoTodayGroup.Name)]
public sealed class DemoStoryTestsOnPostgres(PostgresDemoTodayApp app) : DemoStoryTests(app);
