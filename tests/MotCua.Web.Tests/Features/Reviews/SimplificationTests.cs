using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Catalog;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reviews;

/// <summary>A review form sent up with its proposal, approved once into the catalog, and the unit's year against its targets.</summary>
public abstract class SimplificationTests(MotCuaApp app) : ProviderTests(app)
{
    private static readonly string[] CutTemplate = ["Tờ khai theo mẫu"];

    private static readonly string[] CutUnknown = ["Giấy không có"];

    [Fact]
    public async Task An_approved_proposal_amends_the_procedure_under_its_decision_and_a_second_approval_is_a_conflict()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await CreateAsync(kstt);

        var proposed = await kstt.PostAsJsonAsync("/api/v1/reviews", Review(code, CutTemplate), Ct);
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync(Ct));
        var review = await proposed.Content.ReadFromJsonAsync<JsonElement>(Ct);

        // 8 h × 25 000 + 10 000 + 30 000 = 240 000 a dossier now; 2 h × 25 000 + 10 000 = 60 000 proposed;
        // × 500 dossiers: 120 000 000 − 30 000 000 = 90 000 000 saved a year, 90/120 = 75 %.
        review.GetProperty("cost").GetProperty("saving").GetDecimal().ShouldBe(90_000_000m);
        review.GetProperty("cost").GetProperty("savingPercent").GetDecimal().ShouldBe(75m);
        review.GetProperty("declaredInformationReductionPercent").GetDecimal().ShouldBe(40m);
        var url = $"/api/v1/reviews/{review.GetProperty("id").GetGuid()}/approve";
        var decision = new { publication = new { decisionNumber = "77/QĐ-UBND", decisionDate = "2025-02-10", effectiveDate = "2025-03-01" } };
        var approved = await kstt.PostAsJsonAsync(url, decision, Ct);
        var again = await kstt.PostAsJsonAsync(url, decision, Ct);

        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Title().ShouldNotBeEmpty();
        var detail = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        detail.GetProperty("components").GetArrayLength().ShouldBe(0);
        detail.GetProperty("timeLimit").GetProperty("workingDays").GetDecimal().ShouldBe(2m);
        var history = await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}/revisions", Ct);
        history[0].GetProperty("kind").GetString().ShouldBe("amended");
        history[0].GetProperty("publication").GetProperty("decisionNumber").GetString().ShouldBe("77/QĐ-UBND");
        history.GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Unknown_or_abolished_procedures_negative_figures_and_foreign_components_save_nothing()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await CreateAsync(kstt);
        var abolished = await CreateAsync(kstt);
        (await kstt.PostAsJsonAsync($"/api/v1/procedures/{abolished}/abolish", new { publication = new { decisionNumber = "5/QĐ-UBND", decisionDate = "2025-01-20", effectiveDate = "2025-02-01" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var before = await App.QueryAsync(db => db.ProcedureReviews.CountAsync(Ct));

        var unknown = await kstt.PostAsJsonAsync("/api/v1/reviews", Review("1.999999.000.00.00.H10", []), Ct);
        var retired = await kstt.PostAsJsonAsync("/api/v1/reviews", Review(abolished, []), Ct);
        var negative = Review(code, CutUnknown);
        negative["current"] = new { hoursPerDossier = -1, incomePerHour = 25000, feesPerDossier = 10000, otherCostsPerDossier = 30000, dossiersPerYear = 500 };
        negative["fieldsBefore"] = -3;
        var bad = await kstt.PostAsJsonAsync("/api/v1/reviews", negative, Ct);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await retired.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("bãi bỏ");
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["current.hoursPerDossier", "fieldsBefore", "cutComponents"], ignoreOrder: true);
        (await App.QueryAsync(db => db.ProcedureReviews.CountAsync(Ct))).ShouldBe(before);
    }

    [Fact]
    public async Task An_approval_the_catalog_refuses_leaves_the_proposal_unapproved_and_the_procedure_unchanged()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await CreateAsync(kstt);
        var body = Review(code, []);

        // Three steps of 16 working hours in all cannot fit one working day: the catalog's own rule refuses it.
        body["proposedWorkingDays"] = 1;
        var review = await (await kstt.PostAsJsonAsync("/api/v1/reviews", body, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = review.GetProperty("id").GetGuid();

        var refused = await kstt.PostAsJsonAsync($"/api/v1/reviews/{id}/approve", new { publication = new { decisionNumber = "79/QĐ-UBND", decisionDate = "2025-02-10", effectiveDate = "2025-03-01" } }, Ct);

        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["steps"]);
        (await App.QueryAsync(db => db.ProcedureReviews.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct))).ShouldBe("proposed");
        (await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}/revisions", Ct)).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task The_dashboard_counts_only_approved_proposals_of_the_unit_and_year()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var code = await CreateAsync(kstt);
        var review = await (await kstt.PostAsJsonAsync("/api/v1/reviews", Review(code, CutTemplate, year: 2031), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var before = await kstt.GetFromJsonAsync<JsonElement>("/api/v1/reviews/simplification?unitCode=PL-LONGTHUY&year=2031", Ct);
        (await kstt.PostAsJsonAsync($"/api/v1/reviews/{review.GetProperty("id").GetGuid()}/approve", new { publication = new { decisionNumber = "78/QĐ-UBND", decisionDate = "2025-02-10", effectiveDate = "2025-03-01" } }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await kstt.GetFromJsonAsync<JsonElement>("/api/v1/reviews/simplification?unitCode=PL-LONGTHUY&year=2031", Ct);
        var badYear = await kstt.GetAsync("/api/v1/reviews/simplification?unitCode=PL-LONGTHUY&year=1900", Ct);

        before.GetProperty("proceduresSimplified").GetInt32().ShouldBe(0);
        after.GetProperty("proceduresSimplified").GetInt32().ShouldBe(1);
        after.GetProperty("costReductionPercent").GetDecimal().ShouldBe(75m);
        after.GetProperty("meetsCostReductionTarget").GetBoolean().ShouldBeTrue();
        after.GetProperty("declaredInformationReductionPercent").GetDecimal().ShouldBe(40m);
        (await badYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["year"]);
    }

    internal static async Task<string> CreateAsync(HttpClient kstt)
    {
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["timeLimit"] = new { workingDays = 3 };
        var created = await kstt.PostAsJsonAsync("/api/v1/procedures", body, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        return code;
    }

    internal static Dictionary<string, object?> Review(string code, string[] cut, int year = 2025) => new()
    {
        ["procedureCode"] = code,
        ["unitCode"] = "PL-LONGTHUY",
        ["year"] = year,
        ["necessity"] = "Cần thiết để quản lý",
        ["reasonableness"] = "Tờ khai trùng thông tin đã có trong cơ sở dữ liệu dân cư",
        ["legality"] = "Phù hợp Nghị định 61/2018/NĐ-CP",
        ["current"] = new { hoursPerDossier = 8, incomePerHour = 25000, feesPerDossier = 10000, otherCostsPerDossier = 30000, dossiersPerYear = 500 },
        ["proposed"] = new { hoursPerDossier = 2, incomePerHour = 25000, feesPerDossier = 10000, otherCostsPerDossier = 0, dossiersPerYear = 500 },
        ["fieldsBefore"] = 10,
        ["fieldsAfter"] = 6,
        ["cutComponents"] = cut,
        ["proposedWorkingDays"] = 2,
        ["allowOnline"] = true,
    };
}

[Collection(SqliteGroup.Name)]
public sealed class SimplificationTestsOnSqlite(SqliteApp app) : SimplificationTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SimplificationTestsOnPostgres(PostgresApp app) : SimplificationTests(app);
