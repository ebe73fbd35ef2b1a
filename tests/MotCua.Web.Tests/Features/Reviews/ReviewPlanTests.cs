using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Features.Plans;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reviews;

/// <summary>The procedures a plan sets out to review (seed 000 Phụ lục IV), where each review stands, and the plan's appendix.</summary>
public abstract class ReviewPlanTests(MotCuaApp app) : ProviderTests(app)
{
    private static readonly string[] Wards = ["PL-LONGTHUY", "PL-THACMO"];

    private static readonly string[] Justice = ["PL-TP"];

    [Fact]
    public async Task A_procedure_to_review_follows_its_review_and_a_group_outside_the_catalog_is_listed_too()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await SimplificationTests.CreateAsync(kstt);
        var planId = await kstt.CreatePlanAsync(2023);
        (await Add(kstt, planId, new { procedureCode = code, leadUnitCode = "PL-LONGTHUY", coordinatingUnitCodes = Justice, coordinators = "Trung tâm Y tế", startMonth = 1, endMonth = 8, content = "Cắt giảm thời gian giải quyết (từ 02 ngày xuống 01 ngày làm việc)", group = "I. Nhóm thủ tục thử" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Add(kstt, planId, new { procedureName = "Nhóm TTHC về đăng ký khai sinh, khai tử, kết hôn có yếu tố nước ngoài", field = "Hộ tịch", leadUnitCode = "PL-TP", coordinatingUnitCodes = Wards, startMonth = 1, endMonth = 8, content = "Mẫu đơn, tờ khai" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var items = await ItemsAsync(kstt, planId);
        items.Length.ShouldBe(2);
        var (reviewed, group) = (items[0], items[1]);
        reviewed.GetProperty("procedureCode").GetString().ShouldBe(code);
        reviewed.GetProperty("field").GetString().ShouldNotBeNullOrEmpty();
        reviewed.GetProperty("coordinating").GetString().ShouldBe("Phòng Tư pháp thị xã Phước Long, Trung tâm Y tế");
        reviewed.GetProperty("status").GetString().ShouldBe("notStarted");
        group.GetProperty("procedureCode").ValueKind.ShouldBe(JsonValueKind.Null);
        group.GetProperty("position").GetInt32().ShouldBe(2);
        // The test clock starts in 2025: a procedure to review by August 2023 with no review form is overdue.
        reviewed.GetProperty("overdue").GetBoolean().ShouldBeTrue();

        var review = SimplificationTests.Review(code, [], year: 2023);
        var sent = await kstt.PostAsJsonAsync("/api/v1/reviews", review, Ct);
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync(Ct));
        var proposed = (await ItemsAsync(kstt, planId))[0];
        proposed.GetProperty("status").GetString().ShouldBe("proposed");
        proposed.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        proposed.GetProperty("reviewId").GetGuid().ShouldBe((await sent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Months_outside_the_year_an_abolished_or_unknown_procedure_and_a_missing_lead_are_refused_and_nothing_is_saved()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync(2025);
        var abolished = await SimplificationTests.CreateAsync(kstt);
        (await kstt.PostAsJsonAsync($"/api/v1/procedures/{abolished}/abolish", new { publication = new { decisionNumber = "6/QĐ-UBND", decisionDate = "2025-01-20", effectiveDate = "2025-02-01" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var months = await Add(kstt, planId, new { procedureName = "Thủ tục A", field = "Y tế", leadUnitCode = "PL", startMonth = 9, endMonth = 13, content = "Bãi bỏ" });
        var reversed = await Add(kstt, planId, new { procedureName = "Thủ tục A", field = "Y tế", leadUnitCode = "PL", startMonth = 9, endMonth = 3, content = "Bãi bỏ" });
        var retired = await Add(kstt, planId, new { procedureCode = abolished, leadUnitCode = "PL", startMonth = 1, endMonth = 3, content = "Bãi bỏ" });
        var unknown = await Add(kstt, planId, new { procedureCode = "1.999998.000.00.00.H10", leadUnitCode = "PL", startMonth = 1, endMonth = 3, content = "Bãi bỏ" });
        var noLead = await Add(kstt, planId, new { procedureName = "Thủ tục A", field = "Y tế", startMonth = 1, endMonth = 3, content = "Bãi bỏ" });
        var unnamed = await Add(kstt, planId, new { leadUnitCode = "PL", startMonth = 1, endMonth = 3, content = "Bãi bỏ" });

        (await months.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("endMonth", out _).ShouldBeTrue();
        (await reversed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("endMonth")[0].GetString()!.ShouldContain("không được trước");
        (await retired.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("procedureCode")[0].GetString()!.ShouldContain("bãi bỏ");
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("procedureCode", out _).ShouldBeTrue();
        (await noLead.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("leadUnitCode", out _).ShouldBeTrue();
        var names = (await unnamed.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        names.TryGetProperty("procedureName", out _).ShouldBeTrue();
        names.TryGetProperty("field", out _).ShouldBeTrue();
        (await App.QueryAsync(db => db.ReviewPlanItems.CountAsync(i => i.PlanId == planId, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task The_demo_plan_holds_seed_000_appendix_IV_which_exports_and_prints_as_the_plans_appendix()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var plan = (await kstt.GetFromJsonAsync<JsonElement>("/api/v1/plans?unitCode=PL&year=2024", Ct)).GetProperty("items").EnumerateArray()
            .Single(p => p.GetProperty("number").GetString() == "/KH-UBND");
        var planId = plan.GetProperty("id").GetGuid();
        var items = await ItemsAsync(kstt, planId);
        items.Length.ShouldBe(14);
        items.Select(i => i.GetProperty("group").GetString()).Distinct().Count().ShouldBe(7);
        items.Count(i => i.GetProperty("procedureCode").ValueKind == JsonValueKind.String).ShouldBe(6);
        items.ShouldAllBe(i => i.GetProperty("startMonth").GetInt32() == 1 && i.GetProperty("endMonth").GetInt32() == 8);

        var export = await kstt.GetAsync($"/api/v1/reviews/plan-items/export?planId={planId}", Ct);
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync(Ct)));
        var sheet = workbook.Worksheet(1);
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 3).ToList();
        rows.Count.ShouldBe(14);
        rows.Select(r => r.Cell(5).GetString()).ShouldContain("Mua hoá đơn lẻ");
        rows.Select(r => r.Cell(7).GetString()).ShouldContain("Phòng Kinh tế thị xã Phước Long");

        // The page numbers within each group, as the appendix does: group II's first procedure is number 1.
        var page = await kstt.GetStringAsync($"/Reviews/Plan?planId={planId}", Ct);
        System.Text.RegularExpressions.Regex.IsMatch(page, @"<td>1</td>\s*<td>Chuyển trường đối với học sinh tiểu học").ShouldBeTrue();

        var pdf = await kstt.GetAsync($"/api/v1/plans/{planId}/print", Ct);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await PdfTools.WordsAsync(await pdf.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("PHỤ LỤC");
        text.ShouldContain("Thực hiện rà soát, đánh giá thủ tục hành chính năm 2024");
        text.ShouldContain("Trích lục sơ đồ địa chính", Case.Insensitive);
    }

    [Fact]
    public async Task The_office_adds_a_procedure_from_the_page_and_opens_its_review_form_filled_in()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await SimplificationTests.CreateAsync(kstt);
        var planId = await kstt.CreatePlanAsync(2026);
        MultipartFormDataContent Form(string endMonth) => new()
        {
            { new StringContent(planId.ToString()), "planId" },
            { new StringContent(code), "form.ProcedureCode" },
            { new StringContent("PL-TCKH"), "form.LeadUnitCode" },
            { new StringContent("PL-TP, PL-GDDT"), "coordinatingLines" },
            { new StringContent("2"), "form.StartMonth" },
            { new StringContent(endMonth), "form.EndMonth" },
            { new StringContent("Rà soát thành phần hồ sơ"), "form.Content" },
        };

        var refused = await (await kstt.PostFormAsync($"/Reviews/Plan?planId={planId}", Form("1"))).Content.ReadAsStringAsync(Ct);
        refused.ShouldContain("Tháng hoàn thành không được trước tháng bắt đầu.");
        var page = await (await kstt.PostFormAsync($"/Reviews/Plan?planId={planId}", Form("9"))).Content.ReadAsStringAsync(Ct);

        page.ShouldContain("Đã thêm thủ tục số 1 vào danh mục rà soát.");
        page.ShouldContain("Phòng Tư pháp thị xã Phước Long, Phòng Giáo dục và Đào tạo thị xã Phước Long");
        var start = $"/Reviews/New?procedureCode={code}&unitCode=PL-TCKH&year=2026";
        page.ShouldContain(start);
        var review = await kstt.GetStringAsync(start, Ct);
        review.ShouldContain($"value=\"{code}\"");
        review.ShouldContain("value=\"2026\"");
    }

    private static Task<HttpResponseMessage> Add(HttpClient kstt, Guid planId, object item) =>
        kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/review-items", item, Ct);

    private static async Task<JsonElement[]> ItemsAsync(HttpClient client, Guid planId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/reviews/plan-items?planId={planId}", Ct)).EnumerateArray()];
}

[Collection(SqliteGroup.Name)]
public sealed class ReviewPlanTestsOnSqlite(SqliteApp app) : ReviewPlanTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReviewPlanTestsOnPostgres(PostgresApp app) : ReviewPlanTests(app);
