using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Plans;

public abstract class PlanApiTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Quarterly = "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=17";

    private static readonly string[] UnknownCoordinators = ["PL-TCKH", "CUNG-KHONG"];

    [Fact]
    public async Task A_quarterly_task_by_the_17th_gets_one_instance_a_quarter_on_working_days()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await CreatePlanAsync(kstt);

        var task = await AddTaskAsync(kstt, planId, new { rrule = Quarterly });

        // 17 March 2024 is a Sunday: the instance moves back to Friday the 15th, never forward.
        Dates(task).ShouldBe(["2024-03-15", "2024-06-17", "2024-09-17", "2024-12-17"]);
        var month = await AddTaskAsync(kstt, planId, new { month = "2024-06" });
        Dates(month).ShouldBe(["2024-06-28"]);
        var list = await kstt.GetFromJsonAsync<JsonElement>("/api/v1/plans?unitCode=PL&year=2024&pageSize=200", Ct);
        var plan = list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == planId);
        plan.GetProperty("tasks").GetInt32().ShouldBe(2);
        plan.GetProperty("unitCode").GetString().ShouldBe("PL");
        (await kstt.GetFromJsonAsync<JsonElement>("/api/v1/plans?unitCode=PL&year=2023&pageSize=200", Ct))
            .GetProperty("items").EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == planId);
    }

    [Theory]
    [InlineData("{\"rrule\": \"FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\"}", "due", "không cho ngày nào")]
    [InlineData("{\"rrule\": \"FREQ=MONTHLY;BYMONTH=13\"}", "due", "RFC 5545")]
    [InlineData("{\"rrule\": \"FREQ=DAILY\"}", "due", "không dùng được")]
    [InlineData("{\"date\": \"2025-01-10\"}", "due", "ngoài năm")]
    [InlineData("{\"date\": \"2024-01-10\", \"month\": \"2024-02\"}", "due", "đúng một dạng")]
    [InlineData("{\"month\": \"06/2024\"}", "due", "yyyy-MM")]
    public async Task A_deadline_that_gives_no_date_in_the_plan_year_is_a_400_and_saves_nothing(string due, string field, string message)
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await CreatePlanAsync(kstt);

        var response = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", Task("PL-TP", JsonDocument.Parse(due).RootElement), Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe([field]);
        problem.ErrorMessages().Single().ShouldContain(message);
        (await App.QueryAsync(db => db.PlanTasks.CountAsync(t => t.PlanId == planId, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_task_needs_a_known_lead_unit_and_known_coordinating_units()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await CreatePlanAsync(kstt);

        var noLead = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", Task(null, new { date = "2024-06-30" }), Ct);
        var unknown = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", new { content = "Rà soát", leadUnitCode = "KHONG-CO", coordinatingUnitCodes = UnknownCoordinators, due = new { date = "2024-06-30" } }, Ct);
        var specialist = await (await App.SignedInAsync("chuyenvien")).PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", Task("PL-TP", new { date = "2024-06-30" }), Ct);

        (await noLead.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages().ShouldContain("Chưa nhập đơn vị chủ trì.");
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["leadUnitCode", "coordinatingUnitCodes"], ignoreOrder: true);
        specialist.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.QueryAsync(db => db.PlanTasks.CountAsync(t => t.PlanId == planId, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Reporting_done_takes_the_instance_off_the_overdue_list_from_that_day()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var lead = await App.SignedInAsync("chuyenvien");
        var planId = await CreatePlanAsync(kstt);
        var task = await AddTaskAsync(kstt, planId, new { rrule = Quarterly });
        var taskId = task.GetProperty("id").GetGuid();
        var instances = task.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        var inApril = await OverdueAsync(lead, "?unitCode=PL-TP&asOf=2024-04-01", instances);
        var before = await OverdueAsync(kstt, $"?unitCode=PL&planId={planId}", instances);
        var progress = $"/api/v1/plans/{planId}/tasks/{taskId}/instances/{instances[0]}/progress";
        var badLink = await lead.PostAsJsonAsync(progress, new { status = "done", evidenceUrl = "javascript:alert(1)" }, Ct);
        var outsider = await (await App.SignedInAsync("chuyenvien.bgm")).PostAsJsonAsync(progress, new { status = "done" }, Ct);
        var started = await lead.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks/{taskId}/instances/{instances[1]}/progress", new { status = "inProgress", note = "Đang tổng hợp" }, Ct);
        var done = await lead.PostAsJsonAsync(progress, new { status = "done", note = "Đã gửi báo cáo quý I", evidenceUrl = "https://phuoclong.binhphuoc.gov.vn/bao-cao-quy-1.pdf" }, Ct);
        var after = await OverdueAsync(kstt, $"?unitCode=PL&planId={planId}", instances);
        var aprilAfter = await OverdueAsync(lead, "?unitCode=PL-TP&asOf=2024-04-01", instances);

        inApril.ShouldBe([instances[0]]);
        before.ShouldBe(instances, ignoreOrder: true);
        (await badLink.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["evidenceUrl"]);
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        started.StatusCode.ShouldBe(HttpStatusCode.OK);
        done.StatusCode.ShouldBe(HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
        var answer = await done.Content.ReadFromJsonAsync<JsonElement>(Ct);
        answer.GetProperty("status").GetString().ShouldBe("done");
        answer.GetProperty("doneOn").GetString().ShouldBe(App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        answer.GetProperty("evidenceUrl").GetString().ShouldBe("https://phuoclong.binhphuoc.gov.vn/bao-cao-quy-1.pdf");
        after.ShouldBe(instances.Skip(1), ignoreOrder: true);

        // On 1 April 2024 the first quarter's report was still missing: the past list does not change.
        aprilAfter.ShouldBe([instances[0]]);
    }

    private static async Task<Guid> CreatePlanAsync(HttpClient kstt)
    {
        var response = await kstt.PostAsJsonAsync("/api/v1/plans", new
        {
            unitCode = "PL",
            year = 2024,
            number = $"{Guid.NewGuid().ToString("N")[..6]}/KH-UBND",
            title = "Kế hoạch kiểm soát thủ tục hành chính năm 2024",
            issuedOn = "2024-01-15",
        }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> AddTaskAsync(HttpClient kstt, Guid planId, object due)
    {
        var response = await kstt.PostAsJsonAsync($"/api/v1/plans/{planId}/tasks", Task("PL-TP", due), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    /// <summary>The overdue instances of the tests' lead unit that this test created, among everyone's.</summary>
    private static async Task<List<Guid>> OverdueAsync(HttpClient client, string query, IReadOnlyCollection<Guid> mine)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/plans/overdue{query}&pageSize=200", Ct);
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("instanceId").GetGuid()).Where(mine.Contains)];
    }

    private static object Task(string? leadUnitCode, object due) => new
    {
        content = "Báo cáo tình hình, kết quả thực hiện kiểm soát TTHC hằng quý",
        leadUnitCode,
        coordinatingUnitCodes = new[] { "PL-TCKH" },
        expectedOutput = "Báo cáo quý",
        due,
    };

    private static string[] Dates(JsonElement task) =>
        [.. task.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("dueDate").GetString()!)];
}

[Collection(SqliteGroup.Name)]
public sealed class PlanApiTestsOnSqlite(SqliteApp app) : PlanApiTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PlanApiTestsOnPostgres(PostgresApp app) : PlanApiTests(app);
