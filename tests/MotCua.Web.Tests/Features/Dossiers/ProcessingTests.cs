using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class ProcessingTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_dossier_goes_from_receipt_through_each_step_to_the_returned_result_and_keeps_its_history()
    {
        // Received at 09:00 on a working day D before another: due D+1 09:00 (1 working day). Every step is taken at
        // once, so the result is issued at D 09:00 — a day before the due day: early (REPORTS.md §2, col. 8).
        var day = await App.AdvanceToAsync(c => d => c.IsWorkingDay(d) && c.IsWorkingDay(d.AddDays(1)), TimeSpan.FromHours(9));
        var code = await App.ReceiveBirthAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var desk = await App.SignedInAsync("tiepnhan.xa");

        await DossierRequests.ActAsync(desk, code, "complete-step", new { note = "Đã kiểm tra đủ thành phần" });
        await DossierRequests.ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });
        await DossierRequests.ActAsync(specialist, code, "complete-step", new { note = "Đủ điều kiện đăng ký" });
        await DossierRequests.ActAsync(leader, code, "approve", new { });
        (await DossierRequests.ActAsync(specialist, code, "issue-result", new { })).GetProperty("resultKind").GetString().ShouldBe("paper");
        var returned = await DossierRequests.ActAsync(desk, code, "return-result", new { });

        returned.GetProperty("status").GetString().ShouldBe("returned");
        returned.GetProperty("endedAt").GetDateTimeOffset().ShouldBe(VietnamTime(day, 9));
        returned.GetProperty("timeliness").GetString().ShouldBe("early");
        returned.GetProperty("allowedActions").GetArrayLength().ShouldBe(0);
        returned.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString())
            .ShouldBe(["receive", "complete-step", "assign", "complete-step", "approve", "issue-result", "return-result"]);
        returned.GetProperty("history")[2].GetProperty("byUserName").GetString().ShouldBe("lanhdao.xa");
        // The seeded process gives its steps 1 h, 4 h, 2 h and 1 h (procedures.json), counted from D 09:00 in the ward's
        // 07:30–11:30, 13:00–17:00: 1 h → D 10:00; 5 h → 2 h 30 to 11:30 and 2 h 30 from 13:00, D 15:30; 7 h → 17:00
        // makes 6 h 30, so D+1 08:00; 8 h → D+1 09:00, the dossier's own due time. All were closed at D 09:00: on time
        // on D, early before D+1.
        returned.GetProperty("steps").EnumerateArray().Select(Step).ShouldBe([
            (VietnamTime(day, 10), VietnamTime(day, 9), "onTime"),
            (VietnamTime(day, 15, 30), VietnamTime(day, 9), "onTime"),
            (VietnamTime(day.AddDays(1), 8), VietnamTime(day, 9), "early"),
            (VietnamTime(day.AddDays(1), 9), VietnamTime(day, 9), "early"),
        ]);
    }

    [Theory]
    [InlineData("return-result")]
    [InlineData("issue-result")]
    [InlineData("resume")]
    [InlineData("receive-supplement")]
    public async Task An_action_in_the_wrong_state_is_a_409_and_changes_nothing(string action)
    {
        var code = await App.ReceiveBirthAsync();
        var client = await App.SignedInAsync(action is "issue-result" or "resume" ? "chuyenvien.xa" : "tiepnhan.xa");

        await (await client.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/{action}", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var dossier = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("status").GetString().ShouldBe("inProgress");
        dossier.GetProperty("history").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task An_electronic_result_issued_without_its_file_is_a_400_and_changes_nothing()
    {
        var code = await App.ReceiveBirthAsync();
        var (desk, leader, specialist) = (await App.SignedInAsync("tiepnhan.xa"), await App.SignedInAsync("lanhdao.xa"), await App.SignedInAsync("chuyenvien.xa"));
        await DossierRequests.ActAsync(desk, code, "complete-step", new { });
        await DossierRequests.ActAsync(leader, code, "assign", new { assignee = "chuyenvien.xa" });
        await DossierRequests.ActAsync(specialist, code, "complete-step", new { });
        await DossierRequests.ActAsync(leader, code, "approve", new { });

        await (await specialist.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/issue-result", new { resultKind = "electronic" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await specialist.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/issue-result", new { resultKind = "fax" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var dossier = await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("status").GetString().ShouldBe("approved");
        dossier.GetProperty("resultKind").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Time_waiting_for_a_supplement_does_not_count_and_the_due_time_moves_on_resume()
    {
        // Received and stopped at 09:00 on a working day D: the whole 8 h of its 1 working day are left. Resumed a week
        // later at D+7 09:00, a working day followed by another: the 8 h run to D+8 09:00.
        var day = await App.AdvanceToAsync(
            c => d => c.IsWorkingDay(d) && c.IsWorkingDay(d.AddDays(1)) && c.IsWorkingDay(d.AddDays(7)) && c.IsWorkingDay(d.AddDays(8)),
            TimeSpan.FromHours(9));
        var code = await App.ReceiveBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var before = await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        before.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(VietnamTime(day.AddDays(1), 9));

        await DossierRequests.ActAsync(specialist, code, "request-supplement", new { reason = "Thiếu bản sao giấy chứng nhận kết hôn của cha mẹ" });
        App.Clock.Advance(TimeSpan.FromDays(7));
        var resumed = await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "receive-supplement", new { note = "Đã nhận bản sao" });

        resumed.GetProperty("status").GetString().ShouldBe("inProgress");
        resumed.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(VietnamTime(day.AddDays(8), 9));
        resumed.GetProperty("history")[1].GetProperty("note").GetString().ShouldBe("Thiếu bản sao giấy chứng nhận kết hôn của cha mẹ");
        // The steps (1 h, 4 h, 2 h, 1 h) were due D 10:00, D 15:30, D+1 08:00, D+1 09:00; the week waiting moves each by
        // the working time it had left at D 09:00, so they fall at the same hours on D+7 and D+8.
        before.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("dueAt").GetDateTimeOffset())
            .ShouldBe([VietnamTime(day, 10), VietnamTime(day, 15, 30), VietnamTime(day.AddDays(1), 8), VietnamTime(day.AddDays(1), 9)]);
        resumed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("dueAt").GetDateTimeOffset())
            .ShouldBe([VietnamTime(day.AddDays(7), 10), VietnamTime(day.AddDays(7), 15, 30), VietnamTime(day.AddDays(8), 8), VietnamTime(day.AddDays(8), 9)]);
    }

    [Fact]
    public async Task The_late_list_holds_running_dossiers_past_due_but_not_those_waiting_for_the_applicant()
    {
        var (running, waiting) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), waiting, "request-supplement", new { reason = "Thiếu tờ khai" });

        App.Clock.Advance(TimeSpan.FromDays(4));
        var leader = await App.SignedInAsync("lanhdao.xa");
        // Each looked for by its code: the shared database holds more late dossiers than a page.
        async Task<List<JsonElement>> LateAsync(string code) =>
            [.. (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?due=late&q={code}", Ct)).GetProperty("items").EnumerateArray()];

        (await LateAsync(running)).ShouldHaveSingleItem().GetProperty("late").GetBoolean().ShouldBeTrue();
        (await LateAsync(waiting)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Actions_need_the_right_role_and_their_own_input()
    {
        var code = await App.ReceiveBirthAsync();

        await (await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/approve", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/pause", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["reason"]);
        (await (await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/assign", new { assignee = "khong.co" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["assignee"]);
        await (await (await App.SignedInAsync("tiepnhan.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/fly", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Officers_of_other_units_cannot_see_the_dossier_and_the_public_sees_a_masked_name_only()
    {
        var code = await App.ReceiveBirthAsync();

        await (await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/dossiers/{code}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lookup = await App.CreateClient().GetStringAsync($"/api/v1/public/dossiers/{code}", Ct);
        lookup.ShouldNotContain("Nguyễn Văn An");
        lookup.ShouldNotContain("079203001234");
        lookup.ShouldNotContain("0912345678");
        JsonDocument.Parse(lookup).RootElement.GetProperty("applicantName").GetString()!.ShouldStartWith("N");
        await (await App.CreateClient().GetAsync("/api/v1/public/dossiers/000.17.31.H10-250303-9999", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_apology_gives_a_new_appointment_but_the_dossier_stays_due_at_its_original_time()
    {
        var code = await App.ReceiveBirthAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        var due = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("dueAt").GetDateTimeOffset();

        await (await leader.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/apologize", new { reason = "Cần xác minh thêm", newDueAt = due.AddHours(-1) }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var apologized = await DossierRequests.ActAsync(leader, code, "apologize", new { reason = "Cần xác minh thêm tại nơi cư trú", newDueAt = due.AddDays(3) });

        apologized.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);
        apologized.GetProperty("rescheduledTo").GetDateTimeOffset().ShouldBe(due.AddDays(3));
    }

    private static DateTimeOffset VietnamTime(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), WorkingCalendar.VietnamOffset);

    private static (DateTimeOffset Due, DateTimeOffset Completed, string? Timeliness) Step(JsonElement step) =>
        (step.GetProperty("dueAt").GetDateTimeOffset(), step.GetProperty("completedAt").GetDateTimeOffset(), step.GetProperty("timeliness").GetString());
}

[Collection(SqliteGroup.Name)]
public sealed class ProcessingTestsOnSqlite(SqliteApp app) : ProcessingTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ProcessingTestsOnPostgres(PostgresApp app) : ProcessingTests(app);
