using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Feedback;

public abstract class VoteTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Each_voter_counts_once_per_answer_and_a_second_vote_is_a_409_that_changes_nothing()
    {
        var code = await PublishedAsync();
        var (citizen, _) = await App.CitizenAsync();

        (await VoteAsync(App.CreateClient(), code, true)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await VoteAsync(App.CreateClient(), code, false);
        (await VoteAsync(citizen, code, false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var citizenAgain = await VoteAsync(citizen, code, false);

        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldBe("Bạn đã đánh giá câu trả lời này; mỗi người chỉ đánh giá một lần.");
        await citizenAgain.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var shown = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/feedback/{code}", Ct);
        (shown.GetProperty("satisfiedVotes").GetInt32(), shown.GetProperty("unsatisfiedVotes").GetInt32()).ShouldBe((1, 1));
    }

    [Fact]
    public async Task Votes_sent_at_once_by_one_voter_count_once()
    {
        var code = await PublishedAsync();
        var (citizen, _) = await App.CitizenAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => VoteAsync(citizen, code, false)));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(7);
        var shown = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/feedback/{code}", Ct);
        shown.GetProperty("unsatisfiedVotes").GetInt32().ShouldBe(1);
    }

    /// <summary>A feedback with its answer published, set straight in the database: the workflow is tested elsewhere.</summary>
    private async Task<string> PublishedAsync()
    {
        var (code, _) = await App.SubmitAsync(FeedbackRequests.About("Đánh giá câu trả lời"));
        var now = App.Clock.GetUtcNow();
        await App.QueryAsync(db => db.Feedback.Where(f => f.Code == code)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Answer, "Đã giải quyết.").SetProperty(f => f.AnsweredAt, now).SetProperty(f => f.PublishedAt, now), Ct));
        return code;
    }

    private static Task<HttpResponseMessage> VoteAsync(HttpClient client, string code, bool satisfied) =>
        client.PostAsJsonAsync($"/api/v1/public/feedback/{code}/votes", new { satisfied }, TestContext.Current.CancellationToken);
}

[Collection(SqliteGroup.Name)]
public sealed class VoteTestsOnSqlite(SqliteApp app) : VoteTests(app);

[Collection(PostgresGroup.Name)]
public sealed class VoteTestsOnPostgres(PostgresApp app) : VoteTests(app);
