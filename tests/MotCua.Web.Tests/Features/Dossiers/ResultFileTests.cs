using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>The result issued with its signed PDF (paper or electronic), then served as the document of kind <c>result</c>.</summary>
public abstract class ResultFileTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task An_approved_dossier_is_issued_with_its_signed_PDF_as_an_electronic_result_and_the_document_is_that_PDF()
    {
        var code = await App.ApprovedBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var pdf = await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), SignedFiles.Office(App), App.Clock.GetUtcNow());

        var response = await IssueAsync(specialist, code, pdf, "electronic");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var dossier = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        dossier.GetProperty("status").GetString().ShouldBe("resultIssued");
        dossier.GetProperty("resultKind").GetString().ShouldBe("electronic");
        dossier.GetProperty("history").EnumerateArray().Last().GetProperty("type").GetString().ShouldBe("issue-result");
        var result = dossier.GetProperty("attachments").EnumerateArray().Single();
        result.GetProperty("component").ValueKind.ShouldBe(JsonValueKind.Null);
        result.GetProperty("sha256").GetString().ShouldBe(DossierFiles.Sha256(pdf));

        var document = await (await App.SignedInAsync("tiepnhan.xa")).GetAsync($"/api/v1/dossiers/{code}/documents/result", Ct);
        document.StatusCode.ShouldBe(HttpStatusCode.OK);
        document.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        // The signed result is the applicant's file to keep: saved, not opened for printing as the office's papers are.
        document.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        (await document.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
    }

    [Fact]
    public async Task Issuing_in_the_wrong_state_is_a_409_and_stores_nothing()
    {
        var code = await App.ReceiveBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var pdf = DossierFiles.Pdf();

        await (await IssueAsync(specialist, code, pdf, "electronic")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        File.Exists(App.StoredPath(pdf)).ShouldBeFalse();
        var dossier = await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("status").GetString().ShouldBe("inProgress");
        dossier.GetProperty("attachments").GetArrayLength().ShouldBe(0);
        dossier.GetProperty("resultKind").ValueKind.ShouldBe(JsonValueKind.Null);
        await (await specialist.GetAsync($"/api/v1/dossiers/{code}/documents/result", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_result_file_must_be_a_PDF_an_electronic_result_needs_one_and_the_kind_must_be_known()
    {
        var code = await App.ApprovedBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");
        var image = DossierFiles.Png();

        await (await IssueAsync(specialist, code, image, "electronic")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        (await (await specialist.PostAsync($"/api/v1/dossiers/{code}/result", new MultipartFormDataContent { { new StringContent("electronic"), "resultKind" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["file"]);
        (await (await IssueAsync(specialist, code, DossierFiles.Pdf(), "1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["resultKind"]);

        File.Exists(App.StoredPath(image)).ShouldBeFalse();
        (await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("status").GetString().ShouldBe("approved");
    }

    [Fact]
    public async Task A_paper_result_without_its_file_is_issued_and_has_no_result_document()
    {
        var code = await App.ApprovedBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");

        var response = await specialist.PostAsync($"/api/v1/dossiers/{code}/result", new MultipartFormDataContent { { new StringContent("paper"), "resultKind" } }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("resultKind").GetString().ShouldBe("paper");
        await (await specialist.GetAsync($"/api/v1/dossiers/{code}/documents/result", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_unit_issues_its_result()
    {
        var code = await App.ApprovedBirthAsync();
        var pdf = DossierFiles.Pdf();

        await (await IssueAsync(await App.SignedInAsync("tiepnhan.xa"), code, pdf, "electronic")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await IssueAsync(await App.SignedInAsync("tiepnhan.bgm"), code, pdf, "electronic")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        File.Exists(App.StoredPath(pdf)).ShouldBeFalse();
    }

    private static Task<HttpResponseMessage> IssueAsync(HttpClient client, string code, byte[] content, string resultKind) =>
        client.PostFileAsync($"/api/v1/dossiers/{code}/result", content, "ket-qua.pdf", "application/pdf", ("resultKind", resultKind), ("note", "Đã ký số"));
}

[Collection(SqliteGroup.Name)]
public sealed class ResultFileTestsOnSqlite(SqliteApp app) : ResultFileTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ResultFileTestsOnPostgres(PostgresApp app) : ResultFileTests(app);
