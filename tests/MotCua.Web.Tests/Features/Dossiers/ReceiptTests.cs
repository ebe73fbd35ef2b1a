using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class ReceiptTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_received_dossier_prints_its_receipt_with_code_applicant_and_appointment()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var created = await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = created.GetProperty("code").GetString()!;

        var response = await desk.GetAsync($"/api/v1/dossiers/{code}/documents/receipt", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        // Opened in the browser's viewer, ready to print, rather than saved to the downloads (issue 18 §11).
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"giay-tiep-nhan-{code}.pdf");
        var text = await PdfTools.TextAsync(await response.Content.ReadAsByteArrayAsync(Ct));
        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("UBND PHƯỜNG LONG THỦY");
        text.ShouldContain(code);
        text.ShouldContain("Nguyễn Văn An");
        text.ShouldContain("Thủ tục đăng ký khai sinh");
        text.ShouldContain("Phước Long, ngày");
    }

    [Fact]
    public async Task An_on_time_birth_registration_without_copies_owes_nothing_on_its_receipt()
    {
        var code = await App.ReceiveBirthAsync();

        var words = await PdfTools.WordsAsync(await App.PrintAsync(code, "receipt"));

        words.ShouldContain("3. Phí, lệ phí: không thu.");
    }

    [Fact]
    public async Task Copies_of_the_result_asked_for_are_charged_per_copy_on_the_receipt()
    {
        var request = DossierRequests.Birth();
        request["resultCopies"] = 2;

        var words = await PdfTools.WordsAsync(await App.PrintAsync(await App.ReceiveAsync(request), "receipt"));

        words.ShouldContain("3. Phí, lệ phí: 16.000 đồng.");
    }

    [Fact]
    public async Task More_copies_than_allowed_are_refused_in_Vietnamese()
    {
        var request = DossierRequests.Birth();
        request["resultCopies"] = 51;

        var problem = await (await (await App.SignedInAsync("tiepnhan.xa")).PostAsJsonAsync("/api/v1/dossiers", request, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["resultCopies"]);
    }

    [Fact]
    public async Task The_intake_page_shows_the_fees_owed_before_the_receipt_is_issued()
    {
        var page = await (await App.SignedInAsync("tiepnhan.xa")).GetStringAsync($"/Dossiers/New?procedure={DossierRequests.BirthRegistration}", Ct);

        page.ShouldContain("Phí, lệ phí phải nộp");
        page.ShouldContain("8.000 đồng mỗi bản sao, chỉ thu khi có yêu cầu");
        page.ShouldContain("<td data-fee-total>Không thu</td>");
    }

    [Fact]
    public async Task An_online_dossier_not_yet_received_has_no_receipt()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var created = await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth("online"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        await (await desk.GetAsync($"/api/v1/dossiers/{created.GetProperty("code").GetString()}/documents/receipt", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class ReceiptTestsOnSqlite(SqliteApp app) : ReceiptTests(app);

[Collection(PostgresGroup.Name)]
public sealed class ReceiptTestsOnPostgres(PostgresApp app) : ReceiptTests(app);
