using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Catalog;

// Issue 5: citizens download a procedure's blank forms, which the KSTTHC office uploads (PDF or Word).
public abstract class FormTemplateTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Declaration = $"/api/v1/procedures/{DossierRequests.BirthRegistration}/components/0/template";

    [Fact]
    public async Task The_office_uploads_a_blank_form_and_anyone_downloads_it_from_the_procedure_page()
    {
        var pdf = "%PDF-1.7\n% To khai dang ky khai sinh\n%%EOF\n"u8.ToArray();

        var saved = await UploadAsync("ksttthc", pdf, "to-khai-khai-sinh.pdf");

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Ct));
        var download = await App.CreateClient().GetAsync(Declaration, Ct);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await App.CreateClient().GetStringAsync($"/thu-tuc/{DossierRequests.BirthRegistration}", Ct)).ShouldContain($"href=\"{Declaration}\"");
    }

    [Fact]
    public async Task A_Word_form_replaces_the_previous_one()
    {
        await UploadAsync("ksttthc", "%PDF-1.7\n%%EOF\n"u8.ToArray(), "cu.pdf");

        (await UploadAsync("ksttthc", Docx(withDocument: true), "to-khai.docx")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var download = await App.CreateClient().GetAsync(Declaration, Ct);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        download.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("to-khai.docx");
    }

    [Fact]
    public async Task An_archive_that_is_not_a_Word_document_or_a_program_is_refused_by_content()
    {
        await (await UploadAsync("ksttthc", Docx(withDocument: false), "to-khai.docx")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await UploadAsync("ksttthc", "MZ\u0090\0program"u8.ToArray(), "to-khai.pdf")).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Only_the_KSTTHC_office_of_the_procedure_s_units_uploads_and_only_to_an_existing_component()
    {
        var pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();

        await (await UploadAsync("tiepnhan.xa", pdf, "a.pdf")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await UploadAsync("kstt.pl", pdf, "a.pdf", "9.000401.000.00.00.H10")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await UploadAsync("ksttthc", pdf, "a.pdf", index: 40)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await App.CreateClient().GetAsync($"/api/v1/procedures/{DossierRequests.BirthRegistration}/components/2/template", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<HttpResponseMessage> UploadAsync(string userName, byte[] content, string fileName, string procedure = DossierRequests.BirthRegistration, int index = 0)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await (await App.SignedInAsync(userName)).PutAsync($"/api/v1/procedures/{procedure}/components/{index}/template", form, Ct);
    }

    private static byte[] Docx(bool withDocument)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(withDocument ? "word/document.xml" : "notes.txt").Open());
            writer.Write("<w:document/>");
        }

        return buffer.ToArray();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class FormTemplateTestsOnSqlite(SqliteApp app) : FormTemplateTests(app);

[Collection(PostgresGroup.Name)]
public sealed class FormTemplateTestsOnPostgres(PostgresApp app) : FormTemplateTests(app);
