using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class IntakeTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_counter_dossier_gets_the_national_code_and_its_appointment_at_once()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var first = await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var second = await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        var today = App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var code = first.GetProperty("code").GetString()!;
        code.ShouldMatch($@"^000\.17\.31\.H10-{today}-\d{{4}}$");
        Sequence(second.GetProperty("code").GetString()!).ShouldBe(Sequence(code) + 1);
        first.GetProperty("status").GetString().ShouldBe("inProgress");
        // Which instant it is due is pinned by IntakeDueTests on a clock set by hand; here only that it is shown in Vietnam time.
        first.GetProperty("dueAt").GetString()!.ShouldEndWith("+07:00");
    }

    // DESIGN.md, scale-out: app nodes share nothing but the database, so a second node is a second host on the same
    // database, reading the first node's bearer token with the data-protection keys both find there.
    [Fact]
    public async Task Concurrent_intakes_on_two_nodes_get_distinct_consecutive_codes()
    {
        const int Intakes = 64;
        var desk = await App.SignedInAsync("tiepnhan.xa");
        await using var otherNode = App.WithWebHostBuilder(_ => { });
        var otherDesk = otherNode.CreateClient();
        otherDesk.DefaultRequestHeaders.Authorization = desk.DefaultRequestHeaders.Authorization;

        var answers = await Task.WhenAll(Enumerable.Range(0, Intakes).Select(i => (i % 2 == 0 ? desk : otherDesk).PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var sequences = await Task.WhenAll(answers.Select(async a => Sequence((await a.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!)));
        sequences.Distinct().Count().ShouldBe(Intakes);
        (sequences.Max() - sequences.Min()).ShouldBe(Intakes - 1);
    }

    [Fact]
    public async Task An_online_dossier_waits_in_the_intake_queue_until_the_desk_receives_it()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var submitted = await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth("online"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = submitted.GetProperty("code").GetString()!;
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("dueAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var queue = await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?status=submitted&pageSize=200", Ct);
        queue.GetProperty("items").EnumerateArray().ShouldContain(d => d.GetProperty("code").GetString() == code);

        var received = await desk.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/receive", new { }, Ct);

        received.StatusCode.ShouldBe(HttpStatusCode.OK);
        var dossier = await received.Content.ReadFromJsonAsync<JsonElement>(Ct);
        dossier.GetProperty("status").GetString().ShouldBe("inProgress");
        dossier.GetProperty("dueAt").ValueKind.ShouldNotBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_retried_intake_with_the_same_idempotency_key_creates_one_dossier()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var key = Guid.NewGuid().ToString();

        async Task<string> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/dossiers") { Content = JsonContent.Create(DossierRequests.Birth()) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await desk.SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
        }

        var first = await Send();
        var retry = await Send();
        var next = (await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;

        retry.ShouldBe(first);
        Sequence(next).ShouldBe(Sequence(first) + 1);
    }

    [Fact]
    public async Task Bad_intakes_list_every_problem_and_issue_no_code()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var before = await CountAsync(desk);
        var body = DossierRequests.Birth(idNumber: "123", phone: "12345");
        body["components"] = new[] { new { name = "Tờ khai đăng ký khai sinh theo mẫu", originals = 1, copies = 0, origin = "fax" } };

        var problem = await (await desk.PostAsJsonAsync("/api/v1/dossiers", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["applicant.idNumber", "applicant.phone", "components[0].origin", "components"], ignoreOrder: true);
        problem.ErrorMessages().ShouldContain(m => m.Contains("Giấy chứng sinh"));
        (await CountAsync(desk)).ShouldBe(before);
        var unknown = DossierRequests.Birth();
        unknown["procedureCode"] = "9.999999.000.00.00.H10";
        (await (await desk.PostAsJsonAsync("/api/v1/dossiers", unknown, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldContain("procedureCode");
    }

    [Fact]
    public async Task A_unit_that_does_not_resolve_the_procedure_is_refused()
    {
        var body = DossierRequests.Birth();
        body["unitCode"] = "PL";

        await (await (await App.SignedInAsync("tiepnhan")).PostAsJsonAsync("/api/v1/dossiers", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("tiepnhan.bgm")] // another district's desk
    [InlineData("chuyenvien.xa")] // the ward's specialist is not at the desk
    public async Task Only_the_desk_serving_the_unit_receives_its_dossiers(string userName)
    {
        await (await (await App.SignedInAsync(userName)).PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static int Sequence(string code) => int.Parse(code[(code.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> CountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32();
}

[Collection(SqliteGroup.Name)]
public sealed class IntakeTestsOnSqlite(SqliteApp app) : IntakeTests(app);

[Collection(PostgresGroup.Name)]
public sealed class IntakeTestsOnPostgres(PostgresApp app) : IntakeTests(app);
