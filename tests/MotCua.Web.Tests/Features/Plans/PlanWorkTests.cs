using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Plans;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Plans;

/// <summary>A plan read and changed one task at a time, evidence documents, the copy to another year, exports and reminders.</summary>
public abstract class PlanWorkTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_plan_reads_back_with_its_tasks_in_order_and_an_event_deadline_waits_undated_until_dated()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        await kstt.AddTaskAsync(planId, new { rrule = PlanRequests.Quarterly });
        var waiting = await kstt.AddTaskAsync(planId, new { text = "Sau đợt kiểm tra" }, "Tổng hợp báo cáo kết quả kiểm tra");
        var waitingId = waiting.GetProperty("id").GetGuid();

        var plan = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}", Ct);
        var dated = await kstt.PutAsJsonAsync($"/api/v1/plans/{planId}/tasks/{waitingId}", new
        {
            section = "VI. Kiểm tra", content = "Tổng hợp báo cáo kết quả kiểm tra", leadUnitCode = "PL-TP", due = new { date = "2024-11-29", text = "Sau đợt kiểm tra" },
        }, Ct);
        var task = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}/tasks/{waitingId}", Ct);

        waiting.InstanceIds().ShouldBeEmpty();
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        tasks.Select(t => t.GetProperty("position").GetInt32()).ShouldBe([1, 2]);
        tasks[1].GetProperty("dueKind").GetString().ShouldBe("event");
        tasks[1].GetProperty("dueText").GetString().ShouldBe("Sau đợt kiểm tra");
        plan.GetProperty("signerName").GetString().ShouldBe("Trần Văn Ký");
        dated.StatusCode.ShouldBe(HttpStatusCode.OK, await dated.Content.ReadAsStringAsync(Ct));
        task.Dates().ShouldBe(["2024-11-29"]);
        task.GetProperty("section").GetString().ShouldBe("VI. Kiểm tra");
        task.GetProperty("position").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_change_of_deadline_never_drops_an_instance_that_has_progress()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        var task = await kstt.AddTaskAsync(planId, new { rrule = PlanRequests.Quarterly });
        var taskId = task.GetProperty("id").GetGuid();
        (await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks/{taskId}/instances/{task.InstanceIds()[0]}/progress", new { status = "inProgress", note = "Đang tổng hợp" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var change = await kstt.PutAsJsonAsync($"/api/v1/plans/{planId}/tasks/{taskId}", new { content = "Báo cáo năm", leadUnitCode = "PL-TP", due = new { date = "2024-12-13" } }, Ct);
        var keep = await kstt.PutAsJsonAsync($"/api/v1/plans/{planId}/tasks/{taskId}", new { content = "Báo cáo quý (sửa)", leadUnitCode = "PL-TP", due = new { rrule = PlanRequests.Quarterly } }, Ct);

        (await change.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Title().ShouldNotBeEmpty();
        keep.StatusCode.ShouldBe(HttpStatusCode.OK, await keep.Content.ReadAsStringAsync(Ct));
        (await keep.Content.ReadFromJsonAsync<JsonElement>(Ct)).InstanceIds().ShouldBe(task.InstanceIds());
        (await App.QueryAsync(db => db.TaskInstances.CountAsync(i => i.TaskId == taskId && i.Note == "Đang tổng hợp", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Evidence_is_a_checked_document_of_the_lead_unit_and_reads_back_for_whoever_sees_the_plan()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var lead = await App.SignedInAsync("chuyenvien");
        var planId = await kstt.CreatePlanAsync();
        var task = await kstt.AddTaskAsync(planId, new { rrule = PlanRequests.Quarterly });
        var url = $"/api/v1/plans/{planId}/tasks/{task.GetProperty("id").GetGuid()}/instances/{task.InstanceIds()[0]}/evidence";
        var pdf = DossierFiles.Pdf();

        var page = await lead.PostFileAsync(url, "<html>not a report</html>"u8.ToArray(), "bao-cao.pdf", "application/pdf");
        var outsider = await (await App.SignedInAsync("chuyenvien.bgm")).PostFileAsync(url, pdf, "bao-cao.pdf", "application/pdf");
        var saved = await lead.PostFileAsync(url, pdf, "Báo cáo quý I.pdf", "application/pdf");

        page.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created, await saved.Content.ReadAsStringAsync(Ct));
        var download = await kstt.GetAsync(saved.Headers.Location, Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        var plan = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}", Ct);
        var files = plan.GetProperty("tasks")[0].GetProperty("instances")[0].GetProperty("files");
        files.GetArrayLength().ShouldBe(1);
        files[0].GetProperty("fileName").GetString().ShouldBe("Báo cáo quý I.pdf");
        files[0].GetProperty("uploadedBy").GetString().ShouldBe("chuyenvien");
    }

    [Fact]
    public async Task A_plan_copied_to_the_next_year_has_its_tasks_dated_on_that_years_working_days_and_is_copied_once()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        await kstt.AddTaskAsync(planId, new { rrule = PlanRequests.Quarterly });
        await kstt.AddTaskAsync(planId, new { text = "Quý III/2024" }, "Rà soát, đánh giá TTHC");

        var copied = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/copy", new { }, Ct);
        var again = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/copy", new { }, Ct);

        copied.StatusCode.ShouldBe(HttpStatusCode.Created, await copied.Content.ReadAsStringAsync(Ct));
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Title().ShouldNotBeEmpty();
        var copy = await kstt.GetFromJsonAsync<JsonElement>(copied.Headers.Location!.ToString(), Ct);
        copy.GetProperty("year").GetInt32().ShouldBe(2025);
        copy.GetProperty("title").GetString().ShouldBe("Kế hoạch kiểm soát thủ tục hành chính năm 2025");
        var tasks = copy.GetProperty("tasks").EnumerateArray().ToList();

        // 17 March 2024 was a Sunday, 17 March 2025 is a Monday: the copy's instances are the new year's, not the old ones moved.
        tasks[0].Dates().ShouldBe(["2025-03-17", "2025-06-17", "2025-09-17", "2025-12-17"]);
        tasks[0].GetProperty("instances").EnumerateArray().ShouldAllBe(i => i.GetProperty("status").GetString() == "notStarted");
        tasks[1].GetProperty("dueText").GetString().ShouldBe("Quý III/2025");
        tasks[1].Dates().ShouldBe(["2025-09-30"]);
    }

    [Fact]
    public async Task An_imported_task_table_is_all_or_nothing_with_errors_by_row_and_a_second_run_adds_nothing()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        string[] report = ["VII. Chế độ giao ban", "1", "Báo cáo kết quả kiểm soát TTHC hằng quý", "PL", "PL-TP; PL-TCKH", "Các phòng chuyên môn", "Báo cáo quý", "Thực hiện trước ngày 17 của tháng cuối quý.", ""];
        string[] review = ["II. Rà soát", "2", "Rà soát, đánh giá TTHC", "PL", "", "", "Quyết định thông qua phương án", "Quý III/2024", ""];
        string[] wrong = ["II. Rà soát", "3", "Nhiệm vụ của đơn vị không có", "KHONG-CO", "", "", "", "Tháng 13/2024", ""];
        var url = $"/api/v1/plans/{planId}/import";

        var bad = await kstt.PostFileAsync(url, Table(report, review, wrong), "nhiem-vu.xlsx", "application/octet-stream");
        var tasksAfterBad = await App.QueryAsync(db => db.PlanTasks.CountAsync(t => t.PlanId == planId, Ct));
        var first = await kstt.PostFileAsync(url, Table(report, review), "nhiem-vu.xlsx", "application/octet-stream");
        var second = await kstt.PostFileAsync(url, Table(report, review), "nhiem-vu.xlsx", "application/octet-stream");

        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["rows[4].due", "rows[4].leadUnitCode"], ignoreOrder: true);
        tasksAfterBad.ShouldBe(0);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        (await first.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("created").GetInt32().ShouldBe(2);
        var again = await second.Content.ReadFromJsonAsync<JsonElement>(Ct);
        again.GetProperty("created").GetInt32().ShouldBe(0);
        again.GetProperty("skipped").GetInt32().ShouldBe(2);
        var plan = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}", Ct);
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        tasks.Count.ShouldBe(2);
        tasks[0].Dates().ShouldBe(["2024-03-15", "2024-06-17", "2024-09-17", "2024-12-17"]);
        tasks[0].GetProperty("coordinatingUnitCodes").EnumerateArray().Select(c => c.GetString()).ShouldBe(["PL-TP", "PL-TCKH"]);
        tasks[1].Dates().ShouldBe(["2024-09-30"]);
    }

    [Fact]
    public async Task A_task_table_that_unpacks_to_60_MB_is_refused_before_it_is_opened()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();

        var response = await kstt.PostFileAsync($"/api/v1/plans/{planId}/import", Catalog.ImportWorkbook.Bomb(60), "nhiem-vu.xlsx", "application/octet-stream");

        (await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("type").GetString().ShouldBe("/problems/workbook-too-large");
    }

    [Fact]
    public async Task Every_list_exports_to_a_workbook_and_the_plan_prints_in_the_official_layout()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        await kstt.AddTaskAsync(planId, new { rrule = PlanRequests.Quarterly, text = "Thực hiện trước ngày 17 của tháng cuối quý" });
        var plan = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}", Ct);
        var number = plan.GetProperty("number").GetString()!;

        var tasks = await SheetAsync(kstt, $"/api/v1/plans/{planId}/export");
        var plans = await SheetAsync(kstt, "/api/v1/plans/export?unitCode=PL&year=2024");
        var overdue = await SheetAsync(kstt, "/api/v1/plans/overdue/export?unitCode=PL-TP&asOf=2024-04-01");
        var pdf = await kstt.GetAsync($"/api/v1/plans/{planId}/print", Ct);

        tasks.Count(r => r.Contains("Báo cáo kết quả kiểm soát TTHC hằng quý")).ShouldBe(4);
        // Units by name, plans by title and number, as the pages show them (issue 18, item 10): no cell is a unit code.
        var task = tasks.First(r => r.Contains("Báo cáo kết quả kiểm soát TTHC hằng quý"));
        task.ShouldContain(" | Phòng Tư pháp thị xã Phước Long | Phòng Tài chính - Kế hoạch thị xã Phước Long | ");
        plans.ShouldContain(r => r.Contains(" | Ủy ban nhân dân thị xã Phước Long | 2024 | Số " + number + " | Kế hoạch kiểm soát thủ tục hành chính năm 2024 | "));
        overdue.ShouldContain(r => r.Contains(" | Phòng Tư pháp thị xã Phước Long | Kế hoạch kiểm soát thủ tục hành chính năm 2024 | Số " + number + " | ") && r.Contains("15/03/2024"));
        string[][] cells = [.. tasks.Concat(plans).Concat(overdue).Select(r => r.Split(" | "))];
        cells.SelectMany(r => r).ShouldNotContain(c => c == "PL" || c == "PL-TP" || c == "PL-TCKH");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync(Ct));
        var text = await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Số: " + number);
        text.ShouldContain("Báo cáo quý");
        text.ShouldContain("Trần Văn Ký");
    }

    [Fact]
    public async Task Reminders_go_once_to_the_lead_units_officers_for_an_instance_due_within_three_days()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync(App.Today.Year);
        var due = App.Today.AddDays(2);
        while (due.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            due = due.AddDays(-1);
        }

        var task = await kstt.AddTaskAsync(planId, new { date = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, "Nộp báo cáo đột xuất", "PL-TP");
        var key = $"plan|{task.InstanceIds()[0]}|dueSoon|chuyenvien|email";

        await RemindAsync();
        await RemindAsync();

        (await App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Key == key, Ct))).ShouldBe(1);
        (await App.QueryAsync(db => db.OutboxMessages.Where(m => m.Key == key).Select(m => m.Body).SingleAsync(Ct))).ShouldContain("Nộp báo cáo đột xuất");
    }

    [Fact]
    public async Task The_seeds_2024_plans_are_demo_data_with_their_deadlines_read_as_written()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var list = await kstt.GetFromJsonAsync<JsonElement>("/api/v1/plans?year=2024&pageSize=200", Ct);
        var seeded = list.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("number").GetString() == "/KH-UBND").ToDictionary(p => p.GetProperty("unitCode").GetString()!);

        seeded["PL"].GetProperty("tasks").GetInt32().ShouldBe(23);
        seeded["PL-LONGTHUY"].GetProperty("tasks").GetInt32().ShouldBe(25);
        var town = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{seeded["PL"].GetProperty("id").GetGuid()}", Ct);
        var tasks = town.GetProperty("tasks").EnumerateArray().ToList();
        var report = tasks.Single(t => t.GetProperty("dueText").GetString() == "Thực hiện trước ngày 17 của tháng cuối quý.");
        report.Dates().ShouldBe(["2024-03-15", "2024-06-17", "2024-09-17", "2024-12-17"]);
        tasks.Where(t => t.GetProperty("dueKind").GetString() == "event").Select(t => t.GetProperty("dueText").GetString())
            .ShouldBe(["Sau khi có Quyết định của UBND tỉnh", "Khi ban chỉ đạo thực hiện kiểm tra", "Sau đợt kiểm tra"]);
        tasks.Single(t => t.GetProperty("dueText").GetString() == "Quý III/2024").Dates().ShouldBe(["2024-09-30"]);
        tasks.Select(t => t.GetProperty("section").GetString()).Distinct().Count().ShouldBe(8);
    }

    private static byte[] Table(params string[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Nhiệm vụ");
        string[][] all = [ImportPlanTasks.Headers, .. rows];
        for (var r = 0; r < all.Length; r++)
        {
            for (var c = 0; c < all[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).SetValue(all[r][c]);
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private async Task RemindAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RemindPlanTasks>().RunAsync(Ct);
    }

    private static async Task<List<string>> SheetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        using var workbook = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct)));
        var sheet = workbook.Worksheets.First();
        return [.. sheet.RowsUsed().Skip(PlanWorkbook.HeaderRow).Select(r => string.Join(" | ", r.CellsUsed().Select(c => c.GetFormattedString())))];
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PlanWorkTestsOnSqlite(SqliteApp app) : PlanWorkTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PlanWorkTestsOnPostgres(PostgresApp app) : PlanWorkTests(app);
