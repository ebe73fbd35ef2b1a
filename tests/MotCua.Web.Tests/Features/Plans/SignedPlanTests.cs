using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Plans;

/// <summary>The plan as signed: uploaded by the office as a PDF checked by its content, downloaded by whoever sees the plan.</summary>
public abstract class SignedPlanTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_signed_plan_is_uploaded_as_a_pdf_replaced_by_a_new_one_and_downloaded_by_a_unit_of_the_plan()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        await kstt.AddTaskAsync(planId, new { month = "2024-06" });
        (await kstt.GetAsync($"/api/v1/plans/{planId}/signed", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var (first, second) = (DossierFiles.Pdf(), DossierFiles.Pdf());
        (await kstt.PostFileAsync($"/api/v1/plans/{planId}/signed", first, "ke-hoach.pdf", "application/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var replaced = await kstt.PostFileAsync($"/api/v1/plans/{planId}/signed", second, "ke-hoach-ky-so.pdf", "application/pdf");
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replaced.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fileName").GetString().ShouldBe("ke-hoach-ky-so.pdf");

        // The task's lead unit sees the plan, so its officer reads the signed copy.
        var division = await App.SignedInAsync("chuyenvien");
        var download = await division.GetAsync($"/api/v1/plans/{planId}/signed", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(second);
        (await kstt.GetFromJsonAsync<JsonElement>($"/api/v1/plans/{planId}", Ct)).GetProperty("signedCopy").GetProperty("size").GetInt64().ShouldBe(second.Length);
    }

    [Fact]
    public async Task A_file_that_is_not_a_pdf_is_refused_and_the_signed_copy_stays_as_it_was()
    {
        var kstt = await App.SignedInAsync("ksttthc");
        var planId = await kstt.CreatePlanAsync();
        var signed = DossierFiles.Pdf();
        (await kstt.PostFileAsync($"/api/v1/plans/{planId}/signed", signed, "ke-hoach.pdf", "application/pdf")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await kstt.PostFileAsync($"/api/v1/plans/{planId}/signed", DossierFiles.Png(), "ke-hoach.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await (await App.SignedInAsync("chuyenvien")).PostFileAsync($"/api/v1/plans/{planId}/signed", DossierFiles.Pdf(), "khac.pdf", "application/pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await (await kstt.GetAsync($"/api/v1/plans/{planId}/signed", Ct)).Content.ReadAsByteArrayAsync(Ct)).ShouldBe(signed);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SignedPlanTestsOnSqlite(SqliteApp app) : SignedPlanTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SignedPlanTestsOnPostgres(PostgresApp app) : SignedPlanTests(app);
