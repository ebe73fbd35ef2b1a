using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Reports;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// Issue 17, reception regardless of administrative boundary (Decree 118/2025): a location-independent procedure of a
/// commune in another district is received at the Long Thủy ward desk, resolved by the commune that is competent, and
/// handed back where the applicant chose (where it was received unless he asked for the commune's desk); a procedure not marked for it is still refused to a desk that does not serve the unit.
/// </summary>
public abstract class ReceptionAnywhereTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Commune = "BGM-PHUNGHIA";

    private const string ResolvingDesk = "Bộ phận Một cửa xã Phú Nghĩa";

    [Fact]
    public async Task A_location_independent_dossier_is_received_at_another_desk_resolved_by_its_commune_and_returned_where_received()
    {
        var today = $"from={ReportRequests.Day(App.Today)}&to={ReportRequests.Day(App.Today)}";
        var (receivingBefore, resolvingBefore) = (await ReceivedTodayAsync("lanhdao.xa", "PL-LONGTHUY", today), await ReceivedTodayAsync("lanhdao.phunghia", Commune, today));

        var code = await App.ReceiveAsync(CertificationFlow.Request(Commune));

        (await ReceivedTodayAsync("lanhdao.xa", "PL-LONGTHUY", today)).ShouldBe(receivingBefore + 1, "II.06 counts a dossier at the unit that received it");
        (await ReceivedTodayAsync("lanhdao.phunghia", Commune, today)).ShouldBe(resolvingBefore);

        var desk = await App.SignedInAsync("tiepnhan.xa");
        var dossier = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        (dossier.GetProperty("unitCode").GetString(), dossier.GetProperty("receivedAtUnitCode").GetString()).ShouldBe((Commune, "PL-LONGTHUY-MC"));
        (dossier.GetProperty("resultAt").GetString(), dossier.GetProperty("resultAtUnitCode").GetString()).ShouldBe(("receiving", "PL-LONGTHUY-MC"), "by default the result goes back where the dossier was handed in");
        var receipt = await PdfTools.TextAsync(await App.PrintAsync(code, "receipt"));
        receipt.ShouldContain("UBND PHƯỜNG LONG THỦY", Case.Sensitive, "the receipt is issued by the desk that received it, under its own ward");
        receipt.ShouldContain("Bộ phận Một cửa phường Long Thủy");
        (await (await App.SignedInAsync("lanhdao.phunghia")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?q={code}", Ct)).GetProperty("total").GetInt32().ShouldBe(1);
        await CertificationFlow.ResolveAsync(App, code, "tiepnhan.xa", "lanhdao.phunghia", "chuyenvien.phunghia");
        await ReturnShouldBeRefusedAsync("tiepnhan.phunghia", code);
        (await InReturnQueueAsync("tiepnhan.xa", code)).ShouldBeTrue();
        (await InReturnQueueAsync("tiepnhan.phunghia", code)).ShouldBeFalse("the competent unit's desk does not return it");
        var returned = await DossierRequests.ActAsync(desk, code, "return-result", new { });

        returned.GetProperty("status").GetString().ShouldBe("returned");
        returned.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("unitCode").GetString()))
            .ShouldContain(("return-result", "PL-LONGTHUY-MC"));
        (await (await App.SignedInAsync("tiepnhan.phunghia")).GetAsync($"/api/v1/dossiers/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_dossier_whose_applicant_collects_the_result_at_the_competent_unit_is_returned_by_its_desk_not_by_the_receiving_one()
    {
        var request = CertificationFlow.Request(Commune);
        request["resultAt"] = "resolving";
        var code = await App.ReceiveAsync(request);

        var dossier = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        (dossier.GetProperty("receivedAtUnitCode").GetString(), dossier.GetProperty("resultAt").GetString(), dossier.GetProperty("resultAtUnitCode").GetString())
            .ShouldBe(("PL-LONGTHUY-MC", "resolving", "BGM-PHUNGHIA-MC"));
        var receipt = await PdfTools.TextAsync(await App.PrintAsync(code, "receipt"));
        receipt.ShouldContain(ResolvingDesk, Case.Sensitive, "the receipt names where the result will be returned");
        await CertificationFlow.ResolveAsync(App, code, "tiepnhan.xa", "lanhdao.phunghia", "chuyenvien.phunghia");

        await ReturnShouldBeRefusedAsync("tiepnhan.xa", code);
        (await InReturnQueueAsync("tiepnhan.xa", code)).ShouldBeFalse("the receiving desk does not return it");
        (await InReturnQueueAsync("tiepnhan.phunghia", code)).ShouldBeTrue();
        var resolvingDesk = await App.SignedInAsync("tiepnhan.phunghia");
        (await resolvingDesk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("myActions").EnumerateArray().Select(a => a.GetString()).ShouldContain("return-result");
        var returned = await DossierRequests.ActAsync(resolvingDesk, code, "return-result", new { });
        returned.GetProperty("status").GetString().ShouldBe("returned");
        returned.GetProperty("history").EnumerateArray().Select(e => (e.GetProperty("type").GetString(), e.GetProperty("unitCode").GetString()))
            .ShouldContain(("return-result", Commune));
    }

    [Theory]
    [InlineData("elsewhere", Commune)]
    [InlineData("RESOLVING", Commune)]
    [InlineData("resolving", "PL-LONGTHUY")]
    [InlineData("receiving", "PL-LONGTHUY")]
    public async Task A_result_place_that_is_not_one_of_the_two_or_not_for_a_dossier_received_across_a_boundary_is_refused_and_nothing_is_written(string resultAt, string unit)
    {
        var request = CertificationFlow.Request(unit);
        request["resultAt"] = resultAt;
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var before = (await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32();

        var problem = await (await desk.PostAsJsonAsync("/api/v1/dossiers", request, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["resultAt"]);
        (await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task The_intake_page_offers_a_unit_across_the_boundary_and_where_to_collect_the_result_only_for_a_procedure_marked_for_it()
    {
        var browser = await App.SignedInBrowserAsync("tiepnhan.xa");
        var url = $"/Dossiers/New?procedure={CertificationFlow.Procedure}";

        var page = await browser.GetStringAsync(url, Ct);
        var birth = await browser.GetStringAsync($"/Dossiers/New?procedure={DossierRequests.BirthRegistration}", Ct);
        var posted = await browser.PostFormAsync(url, new MultipartFormDataContent
        {
            { new StringContent(Commune), "Form.UnitCode" },
            { new StringContent("counter"), "Form.Channel" },
            { new StringContent("Nguyễn Văn Nhận Nơi Khác"), "Form.FullName" },
            { new StringContent("0912345678"), "Form.Phone" },
            { new StringContent("true"), "Form.Components[0].Received" },
            { new StringContent("Bản chính giấy tờ, văn bản làm cơ sở chứng thực bản sao"), "Form.Components[0].Name" },
            { new StringContent("1"), "Form.Components[0].Originals" },
            { new StringContent("0"), "Form.Components[0].Copies" },
            { new StringContent(Guid.NewGuid().ToString("N")), "IdempotencyKey" },
            { new StringContent("resolving"), "Form.ResultAt" },
        });

        page.ShouldContain($"<option value=\"{Commune}\"");
        page.ShouldContain("name=\"Form.ResultAt\" value=\"resolving\"");
        birth.ShouldNotContain("Form.ResultAt", customMessage: "a procedure not marked for reception anywhere offers no choice");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var code = posted.Headers.Location!.ToString().Split('/')[^1];
        var dossier = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        (dossier.GetProperty("receivedAtUnitCode").GetString(), dossier.GetProperty("resultAtUnitCode").GetString()).ShouldBe(("PL-LONGTHUY-MC", "BGM-PHUNGHIA-MC"));
        var detail = await browser.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        detail.ShouldContain($"Nơi trả kết quả</dt><dd>{ResolvingDesk}</dd>", Case.Sensitive, "the dossier page says where the applicant collects the result");
    }

    /// <summary>The desk not chosen for the result neither is offered its return nor may do it.</summary>
    /// <summary>Whether the dossier waits in the desk's "Chờ trả kết quả" queue.</summary>
    private async Task<bool> InReturnQueueAsync(string desk, string code)
    {
        var page = await (await App.SignedInAsync(desk)).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?view=return&q={code}", Ct);
        return page.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("code").GetString() == code);
    }

    private async Task ReturnShouldBeRefusedAsync(string receptionist, string code)
    {
        var desk = await App.SignedInAsync(receptionist);
        (await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("myActions").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("return-result");
        await (await desk.PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/return-result", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>Column 3 of form II.06 (received, in all) of <paramref name="unit"/> for the period.</summary>
    private async Task<long> ReceivedTodayAsync(string leader, string unit, string period) =>
        (await App.ReportAsync(leader, "II.06", $"unitCode={unit}&{period}")).Total().Cell(3);

    [Fact]
    public async Task A_procedure_not_marked_for_it_is_refused_to_a_desk_that_does_not_serve_the_unit_and_nothing_is_written()
    {
        var request = DossierRequests.Birth();
        request["unitCode"] = Commune;
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var before = (await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32();

        await (await desk.PostAsJsonAsync("/api/v1/dossiers", request, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?pageSize=1", Ct)).GetProperty("total").GetInt32().ShouldBe(before);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReceptionAnywhereTestsOnSqlite(SqliteApp app) : ReceptionAnywhereTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReceptionAnywhereTestsOnPostgres(PostgresApp app) : ReceptionAnywhereTests(app);
