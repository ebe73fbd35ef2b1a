using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Web.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public abstract class FeedbackHandlingTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Officers_see_the_feedback_of_their_units_only()
    {
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Phạm vi xem"));

        foreach (var insider in new[] { "lanhdao.xa", "kstt.pl", "ksttthc" })
        {
            var list = await (await App.SignedInAsync(insider)).GetFromJsonAsync<JsonElement>("/api/v1/feedback?q=pham%20vi%20xem&pageSize=200", Ct);
            list.GetProperty("items").EnumerateArray().ShouldContain(f => f.GetProperty("code").GetString() == code, insider);
        }

        var outsider = await App.SignedInAsync("tiepnhan.bgm");
        (await outsider.GetAsync($"/api/v1/feedback/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var theirs = await outsider.GetFromJsonAsync<JsonElement>("/api/v1/feedback?pageSize=200", Ct);
        theirs.GetProperty("items").EnumerateArray().ShouldNotContain(f => f.GetProperty("code").GetString() == code);
        (await App.CreateClient().GetAsync($"/api/v1/feedback/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_action_in_the_wrong_state_is_a_409_and_changes_nothing()
    {
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Sai trạng thái"));
        var leader = await App.SignedInAsync("lanhdao.xa");

        var response = await leader.PostAsJsonAsync($"/api/v1/feedback/{code}/actions/publish", new { }, Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("Đã tiếp nhận");
        var detail = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{code}", Ct);
        detail.GetProperty("status").GetString().ShouldBe("received");
        detail.GetProperty("history").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Triage_answer_and_publication_put_the_answer_on_the_public_list_and_tell_the_sender()
    {
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("<script>alert('pakn')</script> Cong khai tra loi", unitCode: null));
        var province = await App.SignedInAsync("ksttthc");
        var leader = await App.SignedInAsync("lanhdao.xa");

        (await province.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{code}", Ct)).GetProperty("unitCode").GetString().ShouldBe("TINH");
        await FeedbackRequests.ActAsync(province, code, "assign", new { toUnitCode = FeedbackRequests.Ward });
        await FeedbackRequests.ActAsync(leader, code, "answer", new { answer = "Bộ phận Một cửa đã được nhắc nhở <b>không</b> yêu cầu thêm giấy tờ." });
        var specialistTry = await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/feedback/{code}/actions/publish", new { }, Ct);
        var published = await FeedbackRequests.ActAsync(leader, code, "publish", new { });

        await specialistTry.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        published.GetProperty("status").GetString().ShouldBe("published");
        published.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldBe(["receive", "assign", "answer", "publish"]);
        var list = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/public/feedback?q=cong%20khai%20tra%20loi", Ct);
        list.GetProperty("items").EnumerateArray().ShouldContain(f => f.GetProperty("code").GetString() == code);
        var lookup = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/feedback/{code}", Ct);
        lookup.GetProperty("answer").GetString()!.ShouldStartWith("Bộ phận Một cửa");
        var messages = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.Key.StartsWith(code + "|")).Select(m => m.Key).ToListAsync(Ct));
        messages.ShouldBe([$"{code}|1|sms", $"{code}|1|email", $"{code}|4|sms", $"{code}|4|email"], ignoreOrder: true);

        // Text the sender or the officer typed is shown as text: Razor encodes it, nothing runs.
        var page = await App.CreateClient().GetStringAsync("/phan-anh/cong-khai?q=cong%20khai%20tra%20loi", Ct);
        page.ShouldContain("&lt;script&gt;alert(&#x27;pakn&#x27;)&lt;/script&gt;");
        page.ShouldContain("&lt;b&gt;không&lt;/b&gt;");
        page.ShouldNotContain("<script>alert(");
    }

    [Fact]
    public async Task Waiting_for_the_sender_stops_the_clock_and_a_vote_counts_only_on_a_published_answer()
    {
        var (code, due) = await App.SubmitAsync(FeedbackRequests.About("Cần bổ sung thông tin"));
        var leader = await App.SignedInAsync("lanhdao.xa");

        var stoppedAt = App.Clock.GetUtcNow();
        await FeedbackRequests.ActAsync(leader, code, "request-information", new { reason = "Xin cho biết mã hồ sơ." });
        App.Clock.Advance(TimeSpan.FromDays(7));
        var resumedAt = App.Clock.GetUtcNow();
        var resumed = await FeedbackRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "receive-information", new { note = "Đã nhận qua điện thoại." });
        var early = await App.CreateClient().PostAsJsonAsync($"/api/v1/public/feedback/{code}/votes", new { satisfied = true }, Ct);

        resumed.GetProperty("status").GetString().ShouldBe("assigned");
        var calendar = WorkingCalendar.CreateDefault();
        resumed.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(calendar.AddWorkingTime(resumedAt, calendar.WorkingTimeBetween(stoppedAt, due)));
        resumed.GetProperty("informationRequestedAt").ValueKind.ShouldNotBe(JsonValueKind.Null);
        await early.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("from=0001-01-01", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("from=2025-03-10&to=2025-03-01", "to")]
    public async Task Statistics_for_a_period_outside_the_calendar_or_backwards_are_a_400(string period, string field)
    {
        var response = await (await App.SignedInAsync("lanhdao")).GetAsync($"/api/v1/feedback/stats?{period}", Ct);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe([field]);
    }

    [Fact]
    public async Task Statistics_count_received_answered_on_time_and_overdue_for_a_unit_and_period()
    {
        var ward = await App.NewWardAsync(UniqueUnitCode("PA"));
        var leader = await App.SignedInAsync("lanhdao");
        var day = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (onTime, _) = await App.SubmitAsync(FeedbackRequests.About("Đúng hạn", ward));
        var (late, _) = await App.SubmitAsync(FeedbackRequests.About("Trễ hạn", ward));
        await App.SubmitAsync(FeedbackRequests.About("Còn nợ", ward));
        var empty = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>($"/api/v1/feedback/stats?unitCode={ward}&from=2000-01-01&to=2000-01-31", Ct);
        await FeedbackRequests.ActAsync(leader, onTime, "answer", new { answer = "Đã giải quyết." });
        App.Clock.Advance(TimeSpan.FromDays(20));
        leader = await App.SignedInAsync("lanhdao");
        await FeedbackRequests.ActAsync(leader, late, "answer", new { answer = "Trả lời muộn." });
        var to = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var stats = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/stats?unitCode={ward}&from={day}&to={to}", Ct);
        var outsider = await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/feedback/stats?unitCode={ward}", Ct);

        (stats.GetProperty("received").GetInt32(), stats.GetProperty("answered").GetInt32(), stats.GetProperty("answeredOnTime").GetInt32(), stats.GetProperty("overdueOpen").GetInt32())
            .ShouldBe((3, 2, 1, 1));
        stats.GetProperty("onTimeRate").GetDecimal().ShouldBe(50m);
        empty.GetProperty("onTimeRate").ValueKind.ShouldBe(JsonValueKind.Null);
        empty.GetProperty("received").GetInt32().ShouldBe(0);
        outsider.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var overdue = await leader.GetFromJsonAsync<JsonElement>("/api/v1/feedback?due=overdue&q=con%20no&pageSize=200", Ct);
        overdue.GetProperty("items").EnumerateArray().ShouldContain(f => f.GetProperty("unitCode").GetString() == ward && f.GetProperty("late").GetBoolean());
    }

    [Fact]
    public async Task The_responsible_unit_is_reminded_once_before_the_due_date()
    {
        var ward = await App.NewWardAsync(UniqueUnitCode("PN"), officerEmail: "canbo@example.vn");
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Nhắc hạn", ward));

        var early = await RemindAsync();
        App.Clock.Advance(TimeSpan.FromDays(20));
        await RemindAsync();
        await RemindAsync();

        early.ShouldNotContain(r => r.StartsWith(code, StringComparison.Ordinal));
        var reminders = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.Key.StartsWith(code + "|reminder")).Select(m => new { m.Key, m.Recipient }).ToListAsync(Ct));
        reminders.ShouldHaveSingleItem().Recipient.ShouldBe("canbo@example.vn");
    }

    private async Task<List<string>> RemindAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RemindFeedback>().RunAsync(Ct);
        return await App.QueryAsync(db => db.OutboxMessages.Where(m => m.Key.Contains("|reminder|")).Select(m => m.Key).ToListAsync(Ct));
    }
}

[Collection(SqliteWeeksGroup.Name)]
public sealed class FeedbackHandlingTestsOnSqlite(SqliteApp app) : FeedbackHandlingTests(app);

[Collection(PostgresWeeksGroup.Name)]
public sealed class FeedbackHandlingTestsOnPostgres(PostgresApp app) : FeedbackHandlingTests(app);
