using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Signing;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// The office signs what it issues (PAdES, with Development's demo office certificate) and verifies the electronic results
/// uploaded to it: poppler's pdfsig and the application's verifier read the same signatures.
/// </summary>
public abstract class SignedResultTests(MotCuaApp app) : ProviderTests(app)
{
    private PdfSignatureVerifier Verifier => App.Services.GetRequiredService<PdfSignatureVerifier>();

    [Fact]
    public async Task An_unsigned_result_issued_electronically_is_signed_with_the_unit_certificate_and_pdfsig_finds_it_valid()
    {
        var code = await App.ApprovedBirthAsync();
        var unsigned = DossierFiles.PrintablePdf();

        var response = await IssueAsync(code, unsigned);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var signature = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("resultSignature");
        signature.GetProperty("signer").GetString().ShouldBe(DemoAuthority.OfficeName);
        signature.GetProperty("issuer").GetString().ShouldBe("MotCua Demo CA");
        signature.GetProperty("signedAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow(), TimeSpan.FromSeconds(1));
        var result = await App.PrintAsync(code, "result");
        result.ShouldNotBe(unsigned);
        var pdfsig = await PdfTools.SignaturesAsync(result);
        pdfsig.ShouldContain("Signature Validation: Signature is Valid.");
        pdfsig.ShouldContain("ETSI.CAdES.detached");
        Verifier.Verify(result).IsValid.ShouldBeTrue();
        (await PdfTools.WordsAsync(result)).ShouldContain($"Ký bởi: {DemoAuthority.OfficeName}");
    }

    [Fact]
    public async Task A_tampered_byte_breaks_the_signature_for_pdfsig_and_the_verifier_and_the_result_is_refused()
    {
        var code = await App.ApprovedBirthAsync();
        var tampered = SignedFiles.Tampered(await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), SignedFiles.Office(App), App.Clock.GetUtcNow()));

        var response = await IssueAsync(code, tampered);

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString().ShouldEndWith("signature-invalid");
        (await PdfTools.SignaturesAsync(tampered)).ShouldNotContain("Signature is Valid");
        var check = Verifier.Verify(tampered);
        (check.HasSignature, check.IsValid).ShouldBe((true, false));
        var dossier = await (await App.SignedInAsync("chuyenvien.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        dossier.GetProperty("status").GetString().ShouldBe("approved");
        dossier.GetProperty("attachments").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_certificate_expired_at_signing_time_or_not_chaining_to_the_trust_list_is_refused()
    {
        var now = App.Clock.GetUtcNow();
        using var ca = SignedFiles.DemoCa(App);
        using var key = RSA.Create(2048);
        using var lapsed = DemoAuthority.Issue(ca, key, "CN=Đơn vị có chứng thư hết hạn, O=Thử nghiệm, C=VN", now.AddYears(-3), now.AddDays(-1)).CopyWithPrivateKey(key);
        using var stranger = new CertificateRequest("CN=Tự ký, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(now.AddYears(-1), now.AddYears(1));

        var expired = await IssueAsync(await App.ApprovedBirthAsync(), await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), [lapsed], now));
        var untrusted = await IssueAsync(await App.ApprovedBirthAsync(), await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), [stranger], now));

        (await expired.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("không còn hiệu lực tại thời điểm ký");
        (await untrusted.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("không do tổ chức cung cấp dịch vụ chứng thực");
    }

    [Fact]
    public async Task A_result_signed_elsewhere_is_kept_as_it_is_with_its_signer_recorded()
    {
        var code = await App.ApprovedBirthAsync();
        var signed = await SignedFiles.SignAsync(DossierFiles.PrintablePdf(), SignedFiles.Office(App), App.Clock.GetUtcNow().AddMinutes(-5));

        var response = await IssueAsync(code, signed);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var signature = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("resultSignature");
        signature.GetProperty("signedAt").GetDateTimeOffset().ShouldBe(App.Clock.GetUtcNow().AddMinutes(-5), TimeSpan.FromSeconds(1));
        (await App.PrintAsync(code, "result")).ShouldBe(signed);
        var page = await (await App.SignedInAsync("lanhdao.xa")).GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        page.ShouldContain("Chữ ký số trên kết quả");
        page.ShouldContain(signature.GetProperty("signer").GetString()!);
        page.ShouldContain(signature.GetProperty("serialNumber").GetString()!);
    }

    [Fact]
    public async Task Receipts_and_apologies_are_signed_by_the_office()
    {
        var code = await App.ReceiveBirthAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        var due = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("dueAt").GetDateTimeOffset();
        await DossierRequests.ActAsync(leader, code, "apologize", new { reason = "Cần xác minh thêm", newDueAt = due.AddDays(3) });

        foreach (var kind in new[] { "receipt", "apology" })
        {
            var paper = await App.PrintAsync(code, kind);
            (await PdfTools.SignaturesAsync(paper)).ShouldContain("Signature Validation: Signature is Valid.", customMessage: kind);
            Verifier.Verify(paper).Signature!.Signer.ShouldBe(DemoAuthority.OfficeName, customMessage: kind);
            await PdfTools.ShouldEmbedSerifFontsOnlyAsync(paper);
        }
    }

    private async Task<HttpResponseMessage> IssueAsync(string code, byte[] pdf) =>
        await (await App.SignedInAsync("chuyenvien.xa")).PostFileAsync($"/api/v1/dossiers/{code}/result", pdf, "ket-qua.pdf", "application/pdf", ("resultKind", "electronic"));
}

[Collection(SqliteGroup.Name)]
public sealed class SignedResultTestsOnSqlite(SqliteApp app) : SignedResultTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SignedResultTestsOnPostgres(PostgresApp app) : SignedResultTests(app);
