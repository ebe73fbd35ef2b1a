using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

/// <summary>A complaint about a published answer (INDICATORS-766.md 5.3): checked, linked both ways, counted against the first feedback.</summary>
public abstract class AnswerComplaintTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_complaint_about_a_published_answer_goes_to_the_office_that_answered_and_takes_the_first_feedback_off_5_3()
    {
        var leader = await App.SignedInAsync("lanhdao.xa");
        var (first, _) = await App.SubmitAsync(FeedbackRequests.About("Bị yêu cầu thêm giấy tờ"));
        await FeedbackRequests.ActAsync(leader, first, "answer", new { answer = "Bộ phận Một cửa đã được nhắc nhở." });
        await FeedbackRequests.ActAsync(leader, first, "publish", new { });
        var period = $"unitCode={FeedbackRequests.Ward}&from={App.Today:yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}";
        (await MissingAsync(leader, period)).ShouldNotContain(first);

        var complaint = About("Trả lời chưa giải quyết được việc của tôi");
        complaint["complainsAbout"] = first;
        complaint["unitCode"] = null;
        var (second, _) = await App.SubmitAsync(complaint);

        var filed = await leader.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{second}", Ct);
        filed.GetProperty("unitCode").GetString().ShouldBe(FeedbackRequests.Ward);
        var history = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/feedback/{first}", Ct)).GetProperty("history").EnumerateArray().Last();
        history.GetProperty("type").GetString().ShouldBe("complaint");
        history.GetProperty("note").GetString().ShouldBe(second);
        (await MissingAsync(leader, period)).ShouldContain(first);
    }

    [Fact]
    public async Task A_complaint_about_an_unknown_or_unanswered_feedback_is_refused_and_saves_nothing()
    {
        var (unanswered, _) = await App.SubmitAsync(FeedbackRequests.About("Chưa có trả lời"));
        var before = await App.QueryAsync(db => db.Feedback.CountAsync(Ct));
        var client = App.CreateClient();

        var unknown = About("Phản ánh lại");
        unknown["complainsAbout"] = "PAKN-KHONG-CO";
        var early = About("Phản ánh lại");
        early["complainsAbout"] = unanswered;
        var first = await client.PostAsJsonAsync("/api/v1/public/feedback", unknown, Ct);
        var second = await client.PostAsJsonAsync("/api/v1/public/feedback", early, Ct);

        (await first.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["complainsAbout"]);
        (await second.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorMessages().Single().ShouldContain("chưa có kết quả trả lời được công khai");
        (await App.QueryAsync(db => db.Feedback.CountAsync(Ct))).ShouldBe(before);
    }

    private static Dictionary<string, object?> About(string title) => FeedbackRequests.About(title);

    private static async Task<List<string>> MissingAsync(HttpClient client, string period)
    {
        var response = await client.GetAsync($"/api/v1/indicators/service-index/5.3/dossiers?{period}&part=missing&pageSize=200", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var records = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return [.. records.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()!)];
    }
}

[Collection(SqliteGroup.Name)]
public sealed class AnswerComplaintTestsOnSqlite(SqliteApp app) : AnswerComplaintTests(app);

[Collection(PostgresGroup.Name)]
public sealed class AnswerComplaintTestsOnPostgres(PostgresApp app) : AnswerComplaintTests(app);
