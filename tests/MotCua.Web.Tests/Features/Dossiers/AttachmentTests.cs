using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Digitized components: checked by content, stored once by their SHA-256, downloaded by who sees the dossier.</summary>
public abstract class AttachmentTests(MotCuaApp app) : ProviderTests(app)
{
    public static TheoryData<string, string> Scans => new()
    {
        { "pdf", "application/pdf" },
        { "jpeg", "image/jpeg" },
        { "png", "image/png" },
    };

    [Theory]
    [MemberData(nameof(Scans))]
    public async Task A_scan_at_the_desk_is_stored_and_the_paper_component_counts_as_digitized(string kind, string mediaType)
    {
        var code = await App.ReceiveBirthAsync();
        var content = kind switch { "pdf" => DossierFiles.Pdf(), "jpeg" => DossierFiles.Jpeg(), _ => DossierFiles.Png() };
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var response = await Attach(desk, code, DossierFiles.BirthCertificate, content, $"../giấy chứng sinh <1>.{kind}", "application/octet-stream");

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var attachment = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        attachment.GetProperty("mediaType").GetString().ShouldBe(mediaType);
        attachment.GetProperty("origin").GetString().ShouldBe("scan");
        attachment.GetProperty("size").GetInt64().ShouldBe(content.Length);
        attachment.GetProperty("sha256").GetString().ShouldBe(DossierFiles.Sha256(content));
        attachment.GetProperty("fileName").GetString().ShouldBe($"giấy chứng sinh _1_{(kind == "jpeg" ? ".jpg" : "." + kind)}");
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/dossiers/{code}/attachments/{attachment.GetProperty("id").GetGuid()}");
        File.ReadAllBytes(App.StoredPath(content)).ShouldBe(content);

        var dossier = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        var component = dossier.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("name").GetString() == DossierFiles.BirthCertificate);
        component.GetProperty("origin").GetString().ShouldBe("scan");
        dossier.GetProperty("attachments").EnumerateArray().Single().GetProperty("component").GetString().ShouldBe(DossierFiles.BirthCertificate);
        var last = dossier.GetProperty("history").EnumerateArray().Last();
        last.GetProperty("type").GetString().ShouldBe("digitize");
        last.GetProperty("byUserName").GetString().ShouldBe("tiepnhan.xa");
        last.GetProperty("toStatus").GetString().ShouldBe("inProgress");
    }

    [Theory]
    [InlineData("MZ\u0090\0program", "giay-chung-sinh.pdf", "application/pdf")]
    [InlineData("PK\u0003\u0004archive", "giay-chung-sinh.pdf", "application/pdf")]
    [InlineData("<html><script>alert(1)</script></html>", "anh-chup.png", "image/png")]
    [InlineData("%PD not quite", "to-khai.pdf", "application/pdf")]
    public async Task A_file_that_is_not_a_PDF_JPEG_or_PNG_by_its_content_is_refused_whatever_its_name_and_nothing_changes(string text, string fileName, string claimedType)
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var content = Encoding.Latin1.GetBytes(text);

        var problem = await (await Attach(desk, code, DossierFiles.BirthCertificate, content, fileName, claimedType)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);

        problem.GetProperty("type").GetString().ShouldBe("/problems/unsupported-file-type");
        problem.Title().ShouldBe("Loại tệp không được chấp nhận");
        problem.GetProperty("detail").GetString()!.ShouldContain("PDF, JPEG, PNG");
        await ShouldBeUnchangedAsync(desk, code, content);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var problem = await (await Attach(desk, code, DossierFiles.BirthCertificate, [], "trong.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().ShouldBe("/problems/empty-file");
        await ShouldBeUnchangedAsync(desk, code, []);
    }

    [Fact]
    public async Task A_file_over_ten_megabytes_is_a_413_and_nothing_is_stored()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var content = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(content);

        var problem = await (await Attach(desk, code, DossierFiles.BirthCertificate, content, "qua-lon.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("type").GetString().ShouldBe("/problems/file-too-large");
        await ShouldBeUnchangedAsync(desk, code, content);
    }

    [Fact]
    public async Task The_same_content_attached_twice_is_stored_once_and_downloads_as_it_was_sent()
    {
        var (first, second) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var content = DossierFiles.Png();

        var a = await (await Attach(desk, first, DossierFiles.BirthCertificate, content, "giay-chung-sinh.png", "image/png")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var b = await (await Attach(desk, second, DossierFiles.Declaration, content, "to-khai.png", "image/png")).Content.ReadFromJsonAsync<JsonElement>(Ct);

        a.GetProperty("sha256").GetString().ShouldBe(b.GetProperty("sha256").GetString());
        var folder = Path.GetDirectoryName(App.StoredPath(content))!;
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f).StartsWith(DossierFiles.Sha256(content), StringComparison.Ordinal)).ShouldHaveSingleItem();

        var download = await desk.GetAsync($"/api/v1/dossiers/{second}/attachments/{b.GetProperty("id").GetGuid()}", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(content);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("to-khai.png");
        download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);

        // An attachment is found through its own dossier only.
        await (await desk.GetAsync($"/api/v1/dossiers/{first}/attachments/{b.GetProperty("id").GetGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_of_another_unit_can_neither_attach_nor_download()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var id = (await (await Attach(desk, code, DossierFiles.BirthCertificate, DossierFiles.Pdf(), "a.pdf", "application/pdf")).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var outsider = await App.SignedInAsync("tiepnhan.bgm");
        var content = DossierFiles.Pdf();

        await (await Attach(outsider, code, DossierFiles.BirthCertificate, content, "b.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/dossiers/{code}/attachments/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        File.Exists(App.StoredPath(content)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_for_a_component_the_dossier_does_not_have_is_refused()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var content = DossierFiles.Pdf();

        var problem = await (await Attach(desk, code, "Giấy khen", content, "a.pdf", "application/pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["component"]);
        await ShouldBeUnchangedAsync(desk, code, content);
    }

    [Fact]
    public async Task A_file_the_specialist_attaches_is_an_upload_not_a_scan_and_a_digital_component_keeps_its_origin()
    {
        var code = await App.ReceiveBirthAsync();
        var specialist = await App.SignedInAsync("chuyenvien.xa");

        var paper = await (await Attach(specialist, code, DossierFiles.BirthCertificate, DossierFiles.Pdf(), "a.pdf", "application/pdf")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        await Attach(specialist, code, DossierFiles.Declaration, DossierFiles.Pdf(), "b.pdf", "application/pdf");

        paper.GetProperty("origin").GetString().ShouldBe("upload");
        var components = (await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("components").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("origin").GetString());
        components[DossierFiles.BirthCertificate].ShouldBe("upload");
        components[DossierFiles.Declaration].ShouldBe("scan");
    }

    private static Task<HttpResponseMessage> Attach(HttpClient client, string code, string component, byte[] content, string fileName, string claimedType) =>
        client.PostFileAsync($"/api/v1/dossiers/{code}/attachments", content, fileName, claimedType, ("component", component));

    /// <summary>A refused upload stores nothing, adds no row and no event, and leaves the components as they were.</summary>
    private async Task ShouldBeUnchangedAsync(HttpClient client, string code, byte[] content)
    {
        File.Exists(App.StoredPath(content)).ShouldBeFalse();
        var dossier = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("attachments").GetArrayLength().ShouldBe(0);
        dossier.GetProperty("history").GetArrayLength().ShouldBe(1);
        dossier.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("origin").GetString()).ShouldBe(["scan", "paper"]);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class AttachmentTestsOnSqlite(SqliteApp app) : AttachmentTests(app);

[Collection(PostgresGroup.Name)]
public sealed class AttachmentTestsOnPostgres(PostgresApp app) : AttachmentTests(app);
