using System.Net;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>The /Reports page: the report table with its downloads, the sub-units' submissions, a refused period.</summary>
public abstract class ReportPageTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_district_leader_sees_the_report_by_sub_unit_and_who_has_not_submitted()
    {
        var page = await (await App.SignedInAsync("lanhdao")).GetStringAsync("/Reports?form=II.06&unitCode=PL&period=2024-Q3&by=unit", Ct);

        page.ShouldContain("Báo cáo định kỳ");
        page.ShouldContain("Số hồ sơ nhận giải quyết");
        page.ShouldContain("Ủy ban nhân dân phường Thác Mơ");
        page.ShouldContain("Tổng cộng");
        page.ShouldContain("/api/v1/reports/II.06c?unitCode=PL&amp;period=2024-Q3&amp;by=unit&format=xlsx");
        page.ShouldContain("Tình hình gửi báo cáo của đơn vị trực thuộc");
        page.ShouldContain("Chưa gửi");
        page.ShouldContain("href=\"/Reports\"");
    }

    [Fact]
    public async Task The_page_labels_a_consolidation_of_submitted_figures()
    {
        var page = await (await App.SignedInAsync("lanhdao")).GetStringAsync("/Reports?form=II.06&unitCode=PL&period=2024-M05&by=unit&source=submitted", Ct);

        page.ShouldContain("Tổng hợp số liệu các đơn vị trực thuộc đã gửi");
        page.ShouldContain("Ủy ban nhân dân phường Thác Mơ (chưa gửi)");
    }

    [Fact]
    public async Task A_bad_period_shows_its_problem_with_a_400()
    {
        var response = await (await App.SignedInAsync("lanhdao.xa")).GetAsync("/Reports?form=II.06&unitCode=PL-LONGTHUY&period=2024-Q7", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Kỳ báo cáo phải có dạng");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReportPageTestsOnSqlite(SqliteApp app) : ReportPageTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReportPageTestsOnPostgres(PostgresApp app) : ReportPageTests(app);
