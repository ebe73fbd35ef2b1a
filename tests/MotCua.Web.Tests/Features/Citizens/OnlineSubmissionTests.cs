using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>Online submission by a signed-in citizen: files checked first, the desk's intake rules, reuse of his earlier documents, once only.</summary>
public abstract class OnlineSubmissionTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task An_online_submission_waits_in_the_desk_s_intake_queue_with_uploaded_components_and_the_citizen_as_applicant()
    {
        var (client, citizen) = await App.CitizenAsync();
        var (declaration, certificate) = (DossierFiles.Pdf(), DossierFiles.Pdf());

        var code = await (await client.SubmitBirthAsync(("file0", declaration), ("file1", certificate))).SubmittedCodeAsync();

        // Other tests of the collection move the shared clock forward: the code carries the day of the submission.
        code.ShouldStartWith($"000.17.31.H10-{App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)):yyMMdd}-");
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var dossier = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("status").GetString().ShouldBe("submitted");
        dossier.GetProperty("channel").GetString().ShouldBe("online");
        dossier.GetProperty("applicant").GetProperty("fullName").GetString().ShouldBe(citizen["fullName"]);
        dossier.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("origin").GetString()).ShouldBe(["upload", "upload"]);
        dossier.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("sha256").GetString()).Order()
            .ShouldBe(new[] { DossierFiles.Sha256(declaration), DossierFiles.Sha256(certificate) }.Order());
        var queue = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?status=submitted&q={code}", Ct);
        queue.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldBe([code]);
        File.Exists(App.StoredPath(declaration)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_renamed_program_is_refused_by_its_content_and_nothing_is_created_or_stored()
    {
        var (client, _) = await App.CitizenAsync();
        var program = Encoding.ASCII.GetBytes("MZ\x90\0 this program cannot be run in DOS mode");
        var declaration = DossierFiles.Pdf();

        await (await client.SubmitBirthAsync(("file0", declaration), ("file1", program))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        File.Exists(App.StoredPath(declaration)).ShouldBeFalse();
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_required_component_without_a_file_or_a_reused_document_is_a_400_and_creates_nothing()
    {
        var (client, _) = await App.CitizenAsync();

        var problem = await (await client.SubmitBirthAsync(("file0", DossierFiles.Pdf()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["components"]);
        problem.ErrorMessages().ShouldContain(m => m.Contains(DossierFiles.BirthCertificate));
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_later_dossier_reuses_an_earlier_document_as_the_same_stored_file_and_records_the_reuse()
    {
        var (client, _) = await App.CitizenAsync();
        var certificate = DossierFiles.Pdf();
        var first = await (await client.SubmitBirthAsync(("file0", DossierFiles.Pdf()), ("file1", certificate))).SubmittedCodeAsync();
        var documents = await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct);
        var earlier = documents.EnumerateArray().Single(d => d.GetProperty("component").GetString() == DossierFiles.BirthCertificate);
        earlier.GetProperty("dossierCode").GetString().ShouldBe(first);

        var second = await (await client.SubmitBirthAsync(("file0", DossierFiles.Pdf()), ("reuse1", earlier.GetProperty("id").GetString()!))).SubmittedCodeAsync();

        var dossier = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{second}", Ct);
        dossier.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("origin").GetString()).ShouldBe(["upload", "reuse"]);
        var reused = dossier.GetProperty("attachments").EnumerateArray().Single(a => a.GetProperty("origin").GetString() == "reuse");
        reused.GetProperty("component").GetString().ShouldBe(DossierFiles.BirthCertificate);
        reused.GetProperty("sha256").GetString().ShouldBe(DossierFiles.Sha256(certificate));
        Directory.GetFiles(Path.GetDirectoryName(App.StoredPath(certificate))!, Path.GetFileName(App.StoredPath(certificate)) + "*").Length.ShouldBe(1);
    }

    [Fact]
    public async Task An_earlier_declaration_or_a_paper_of_another_kind_is_not_reused_and_creates_nothing()
    {
        var citizen = CitizenRequests.NewCitizen();
        (await App.RegisterAsync(citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var client = await App.WithTokenAsync(await App.LoginAsync(citizen["email"]));
        await (await client.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();
        var documents = (await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct)).EnumerateArray().ToList();
        string Id(string component) => documents.Single(d => d.GetProperty("component").GetString() == component).GetProperty("id").GetString()!;

        var declaration = await (await client.SubmitBirthAsync(("reuse0", Id(DossierFiles.Declaration)), ("file1", DossierFiles.Pdf()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var otherKind = await (await client.SubmitBirthAsync(("file0", DossierFiles.Pdf()), ("reuse1", Id(DossierFiles.Declaration)))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        declaration.ErrorKeys().ShouldBe(["reuse0"]);
        declaration.ErrorMessages().ShouldHaveSingleItem().ShouldContain("lập mới cho mỗi hồ sơ");
        otherKind.ErrorKeys().ShouldBe(["reuse1"]);
        otherKind.ErrorMessages().ShouldHaveSingleItem().ShouldContain("chỉ dùng lại giấy tờ cùng loại");
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(1);

        // The page offers for each component only what may stand for it: nothing for the declaration, the certificate for the certificate.
        var page = await (await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!)).GetStringAsync($"/cong-dan/nop-ho-so/{DossierRequests.BirthRegistration}", Ct);
        page.ShouldNotContain("id=\"reuse0\"");
        page.ShouldContain($"<option value=\"{Id(DossierFiles.BirthCertificate)}\">");
        page.ShouldNotContain($"<option value=\"{Id(DossierFiles.Declaration)}\">");
    }

    [Fact]
    public async Task Another_citizen_can_neither_reuse_my_documents_nor_download_my_result()
    {
        var (mine, _) = await App.CitizenAsync();
        var (other, _) = await App.CitizenAsync();
        var code = await (await mine.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();
        await IssueElectronicResultAsync(code, DossierFiles.PrintablePdf());
        var document = (await mine.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct))[0].GetProperty("id").GetString()!;

        (await other.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct)).GetArrayLength().ShouldBe(0);
        await (await other.SubmitBirthAsync(("file0", DossierFiles.Pdf()), ("reuse1", document))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/citizens/me/dossiers/{code}/result", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await other.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await mine.GetAsync($"/api/v1/citizens/me/dossiers/{code}/result", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_same_submission_sent_twice_with_one_Idempotency_Key_creates_one_dossier()
    {
        var (client, _) = await App.CitizenAsync();
        var form = CitizenRequests.SubmitRequest(CitizenRequests.BothFiles()).Content!;
        var body = await form.ReadAsByteArrayAsync(Ct);
        var key = Guid.NewGuid().ToString();

        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var retry = new HttpRequestMessage(HttpMethod.Post, "/api/v1/citizens/me/dossiers") { Content = new ByteArrayContent(body) };
            retry.Content.Headers.ContentType = form.Headers.ContentType;
            retry.Headers.Add("Idempotency-Key", key);
            codes.Add(await (await client.SendAsync(retry, Ct)).SubmittedCodeAsync());
        }

        codes.Distinct().Count().ShouldBe(1);
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task The_submit_page_s_idempotency_key_makes_a_second_click_answer_the_first_dossier()
    {
        var (client, citizen) = await App.CitizenAsync();
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);
        var token = Guid.NewGuid().ToString("N");
        var url = $"/cong-dan/nop-ho-so/{DossierRequests.BirthRegistration}";

        var answers = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var form = (MultipartFormDataContent)CitizenRequests.SubmitRequest([.. CitizenRequests.BothFiles(), (IdempotencyMiddleware.FormField, token)]).Content!;
            var answer = await browser.PostFormAsync(url, form);
            answer.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answer.Content.ReadAsStringAsync(Ct));
            answers.Add(answer.Headers.Location!.ToString());
        }

        answers.Distinct().Count().ShouldBe(1);
        var mine = await client.MyDossiersAsync();
        mine.GetProperty("total").GetInt32().ShouldBe(1);
        answers[0].ShouldEndWith(Uri.EscapeDataString(mine.GetProperty("items")[0].GetProperty("code").GetString()!));
    }

    [Fact]
    public async Task My_dossiers_show_the_status_changes_and_the_electronic_result_only_once_it_is_issued()
    {
        var (client, _) = await App.CitizenAsync();
        var code = await (await client.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();

        var submitted = (await client.MyDossiersAsync()).GetProperty("items").EnumerateArray().Single();
        submitted.GetProperty("status").GetString().ShouldBe("submitted");
        submitted.GetProperty("hasResult").GetBoolean().ShouldBeFalse();
        submitted.GetProperty("currentUnit").GetString().ShouldBe("Ủy ban nhân dân phường Long Thủy");
        await (await client.GetAsync($"/api/v1/citizens/me/dossiers/{code}/result", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var result = await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), SignedFiles.Office(App), App.Clock.GetUtcNow());
        await IssueElectronicResultAsync(code, result);

        var issued = (await client.MyDossiersAsync()).GetProperty("items").EnumerateArray().Single();
        issued.GetProperty("status").GetString().ShouldBe("resultIssued");
        issued.GetProperty("hasResult").GetBoolean().ShouldBeTrue();
        issued.GetProperty("dueAt").ValueKind.ShouldBe(JsonValueKind.String);
        issued.GetProperty("history").EnumerateArray().Select(h => (h.GetProperty("type").GetString(), h.GetProperty("status").GetString()))
            .ShouldBe([("submit", "submitted"), ("receive", "inProgress"), ("approve", "approved"), ("issue-result", "resultIssued")]);
        issued.GetProperty("history")[0].TryGetProperty("note", out _).ShouldBeFalse();
        var download = await client.GetAsync($"/api/v1/citizens/me/dossiers/{code}/result", Ct);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(result);
    }

    /// <summary>The desk receives the online dossier from its queue, the leader approves, the specialist issues the signed PDF.</summary>
    private async Task IssueElectronicResultAsync(string code, byte[] pdf)
    {
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "receive", new { });
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "approve", new { });
        var issued = await (await App.SignedInAsync("chuyenvien.xa")).PostFileAsync($"/api/v1/dossiers/{code}/result", pdf, "ket-qua.pdf", "application/pdf", ("resultKind", "electronic"));
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync(Ct));
    }
}

[Collection(SqliteGroup.Name)]
public sealed class OnlineSubmissionTestsOnSqlite(SqliteApp app) : OnlineSubmissionTests(app);

[Collection(PostgresGroup.Name)]
public sealed class OnlineSubmissionTestsOnPostgres(PostgresApp app) : OnlineSubmissionTests(app);
