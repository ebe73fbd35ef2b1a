using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public abstract class SubmitFeedbackTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Anonymous_feedback_gets_a_daily_code_and_an_answer_due_in_ten_working_days()
    {
        var now = App.Clock.GetUtcNow();

        var (first, due) = await App.SubmitAsync(FeedbackRequests.About("Yêu cầu giấy tờ ngoài quy định"));
        var (second, _) = await App.SubmitAsync(new() { ["kind"] = "regulation", ["title"] = "Ẩn danh", ["content"] = "Không để lại thông tin." });

        var today = now.ToOffset(WorkingCalendar.VietnamOffset).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        first.ShouldMatch($@"^PAKN-{today}-\d{{4}}$");
        int.Parse(second[^4..], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(int.Parse(first[^4..], System.Globalization.CultureInfo.InvariantCulture) + 1);
        due.ShouldBe(FeedbackDue.Of(WorkingCalendar.CreateDefault(), now));
        due.Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Fact]
    public async Task Invalid_feedback_is_refused_with_every_problem_in_vietnamese()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/public/feedback", new
        {
            kind = "khac", title = "", content = "  ", sender = new { phone = "12345", email = "khong-phai-email" },
        }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.Title().ShouldBe("Dữ liệu không hợp lệ");
        problem.ErrorKeys().ShouldBe(["kind", "title", "content", "sender.phone", "sender.email"], ignoreOrder: true);
        problem.ErrorMessages().ShouldContain("Số điện thoại không hợp lệ (di động 10 số bắt đầu 03, 05, 07, 08, 09 hoặc cố định 02…).");
    }

    [Fact]
    public async Task An_unknown_dossier_code_is_refused_and_nothing_is_saved_not_even_a_code()
    {
        var before = await App.QueryAsync(db => db.Feedback.CountAsync(Ct));
        var (previous, _) = await App.SubmitAsync(FeedbackRequests.About("Trước"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/feedback") { Content = JsonContent.Create(FeedbackRequests.About("Sai mã", dossierCode: "000.00.00.H10-250101-9999")) };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await App.CreateClient().SendAsync(request, Ct);
        var (next, _) = await App.SubmitAsync(FeedbackRequests.About("Sau"));

        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages().ShouldBe(["No dossier has code \"000.00.00.H10-250101-9999\"."]);
        (await App.QueryAsync(db => db.Feedback.CountAsync(Ct))).ShouldBe(before + 2);
        Sequence(next).ShouldBe(Sequence(previous) + 1);
    }

    [Fact]
    public async Task Feedback_about_a_dossier_goes_to_the_dossiers_unit_and_procedure()
    {
        var dossier = await App.ReceiveBirthAsync();

        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Về hồ sơ khai sinh", unitCode: null, dossierCode: dossier));

        var detail = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{code}", Ct);
        detail.GetProperty("unitCode").GetString().ShouldBe(DossierRequests.Ward);
        detail.GetProperty("procedureCode").GetString().ShouldBe(DossierRequests.BirthRegistration);
        detail.GetProperty("status").GetString().ShouldBe("received");
        detail.GetProperty("history").EnumerateArray().Single().GetProperty("byUserName").GetString().ShouldBe("public");
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_creates_one_feedback()
    {
        var key = Guid.NewGuid().ToString();
        var client = App.CreateClient();

        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/public/feedback") { Content = JsonContent.Create(FeedbackRequests.About($"Gửi lại {key}")) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request, Ct);
        }

        var first = await Send();
        var retry = await Send();

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await retry.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
        (await App.QueryAsync(db => db.Feedback.CountAsync(f => f.Title == $"Gửi lại {key}", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task The_public_lookup_shows_the_status_and_a_masked_name_and_nothing_the_sender_wrote_or_left()
    {
        var (code, due) = await App.SubmitAsync(FeedbackRequests.About("Tiêu đề riêng tư"));

        var response = await App.CreateClient().GetAsync($"/api/v1/public/feedback/{code}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var lookup = JsonDocument.Parse(body).RootElement;

        lookup.GetProperty("status").GetString().ShouldBe("received");
        lookup.GetProperty("senderName").GetString().ShouldBe("N***** T** L**");
        lookup.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(due);
        lookup.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        body.ShouldNotContain("0912345678");
        body.ShouldNotContain("lan@example.vn");
        body.ShouldNotContain("Nguyễn Thị Lan");
        body.ShouldNotContain("Tiêu đề riêng tư");
        (await App.CreateClient().GetAsync("/api/v1/public/feedback/PAKN-000101-0001", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_public_pages_answer_without_an_account()
    {
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Trang theo dõi"));
        var client = App.CreateClient();

        var form = await client.GetStringAsync("/phan-anh", Ct);
        var follow = await client.GetStringAsync($"/phan-anh/{code}?sent=true", Ct);

        form.ShouldContain("Gửi phản ánh, kiến nghị");
        follow.ShouldContain("Đã gửi phản ánh, kiến nghị.");
        follow.ShouldContain(code);
    }

    private static int Sequence(string code) => int.Parse(code[^4..], System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(SqliteGroup.Name)]
public sealed class SubmitFeedbackTestsOnSqlite(SqliteApp app) : SubmitFeedbackTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SubmitFeedbackTestsOnPostgres(PostgresApp app) : SubmitFeedbackTests(app);
