using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Catalog;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

/// <summary>The inputs of the Decision 766 index that the catalog and the dossiers record (INDICATORS-766.md, "What MotCua must record").</summary>
public abstract class IndexInputsTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_procedure_records_its_subjects_and_payment_integration_and_3_5a_counts_it()
    {
        var before = await IndicatorAsync("3.5a");
        var code = await CreateProcedureAsync(onlinePaymentIntegrated: true);

        var procedure = await (await App.SignedInAsync("ksttthc")).GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        var after = await IndicatorAsync("3.5a");

        procedure.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()).ShouldBe(["citizens"]);
        procedure.GetProperty("onlinePaymentIntegrated").GetBoolean().ShouldBeTrue();
        procedure.GetProperty("resultIsDocument").GetBoolean().ShouldBeFalse();
        procedure.GetProperty("isCertifiedCopy").ValueKind.ShouldBe(JsonValueKind.Null);
        after.Denominator.ShouldBe(before.Denominator + 1);
        after.Numerator.ShouldBe(before.Numerator + 1);
    }

    [Fact]
    public async Task Unknown_subjects_are_a_400_and_create_nothing()
    {
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["subjects"] = new[] { "aliens" };
        var client = await App.SignedInAsync("ksttthc");

        var problem = await (await client.PostAsJsonAsync("/api/v1/procedures", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain("subjects");
        (await client.GetAsync($"/api/v1/procedures/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_fee_exempt_dossier_is_left_out_of_3_6()
    {
        var code = await CreateProcedureAsync(onlinePaymentIntegrated: true);
        var before = await IndicatorAsync("3.6");

        var exempt = Request(code);
        exempt["feeExempt"] = true;
        await App.ReceiveAsync(exempt);
        var afterExempt = await IndicatorAsync("3.6");
        await App.ReceiveAsync(Request(code));
        var afterPaying = await IndicatorAsync("3.6");

        afterExempt.Denominator.ShouldBe(before.Denominator);
        afterPaying.Denominator.ShouldBe(before.Denominator + 1);
    }

    [Fact]
    public async Task An_electronic_result_counts_in_4_1_only_with_a_valid_signature_and_a_broken_one_may_be_filed_as_a_scan()
    {
        var before = await IndicatorAsync("4.1");
        var (signed, broken) = (await App.ApprovedBirthAsync(), await App.ApprovedBirthAsync());
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var tampered = SignedFiles.Tampered(await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), SignedFiles.Office(App), App.Clock.GetUtcNow()));

        var valid = await specialist.PostFileAsync($"/api/v1/dossiers/{signed}/result", DossierFiles.PrintablePdf(), "ket-qua.pdf", "application/pdf", ("resultKind", "electronic"));
        var refused = await specialist.PostFileAsync($"/api/v1/dossiers/{broken}/result", tampered, "ket-qua.pdf", "application/pdf", ("resultKind", "electronic"));
        var scan = await specialist.PostFileAsync($"/api/v1/dossiers/{broken}/result", tampered, "ket-qua.pdf", "application/pdf", ("resultKind", "paper"));
        var after = await IndicatorAsync("4.1");

        valid.StatusCode.ShouldBe(HttpStatusCode.OK, await valid.Content.ReadAsStringAsync(Ct));
        (await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString().ShouldEndWith("signature-invalid");
        scan.StatusCode.ShouldBe(HttpStatusCode.OK, await scan.Content.ReadAsStringAsync(Ct));
        (await scan.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("resultSignature").ValueKind.ShouldBe(JsonValueKind.Null);
        after.Denominator.ShouldBe(before.Denominator + 2);
        after.Numerator.ShouldBe(before.Numerator + 1);
    }

    [Fact]
    public async Task An_electronic_result_pushed_to_the_personal_data_store_counts_in_4_4()
    {
        var before = await IndicatorAsync("4.4");
        var (pushed, paper) = (await App.ApprovedBirthAsync(), await App.ApprovedBirthAsync());
        var specialist = await App.SignedInAsync("chuyenvien.xa");

        var refused = await specialist.PostFileAsync($"/api/v1/dossiers/{paper}/result", DossierFiles.Pdf(), "ket-qua.pdf", "application/pdf", ("resultKind", "paper"), ("pushToPersonalStore", "true"));
        var issued = await specialist.PostFileAsync($"/api/v1/dossiers/{pushed}/result", DossierFiles.PrintablePdf(), "ket-qua.pdf", "application/pdf", ("resultKind", "electronic"), ("pushToPersonalStore", "true"));
        var after = await IndicatorAsync("4.4");

        (await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["pushToPersonalStore"]);
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync(Ct));
        after.Denominator.ShouldBe(before.Denominator + 2);
        after.Numerator.ShouldBe(before.Numerator + 1);
        var refusedDossier = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{paper}", Ct);
        refusedDossier.GetProperty("resultKind").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    private static Dictionary<string, object?> Request(string procedureCode)
    {
        var request = DossierRequests.Birth();
        request["procedureCode"] = procedureCode;
        request["components"] = new[] { new { name = "Tờ khai theo mẫu", originals = 1, copies = 0, origin = "paper" } };
        return request;
    }

    private async Task<string> CreateProcedureAsync(bool onlinePaymentIntegrated)
    {
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["subjects"] = new[] { "citizens" };
        body["resultIsDocument"] = false;
        body["onlinePaymentIntegrated"] = onlinePaymentIntegrated;
        var response = await (await App.SignedInAsync("ksttthc")).PostAsJsonAsync("/api/v1/procedures", body, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return code;
    }

    private async Task<(decimal Numerator, decimal Denominator)> IndicatorAsync(string id)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"unitCode={DossierRequests.Ward}&from={App.Today:yyyy-MM-dd}&to={App.Today:yyyy-MM-dd}");
        var index = await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/indicators/service-index?{query}", Ct);
        var indicator = index.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("indicators").EnumerateArray()).Single(i => i.GetProperty("id").GetString() == id);
        return (indicator.GetProperty("numerator").GetDecimal(), indicator.GetProperty("denominator").GetDecimal());
    }
}

[Collection(SqliteGroup.Name)]
public sealed class IndexInputsTestsOnSqlite(SqliteApp app) : IndexInputsTests(app);

[Collection(PostgresGroup.Name)]
public sealed class IndexInputsTestsOnPostgres(PostgresApp app) : IndexInputsTests(app);
