using System.Net;
using MotCua.Domain.Calendar;
using MotCua.Web.Documents;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// The courtesy letters of seed 000 (Phụ lục I, Mẫu 2–4), printed with the result of a marriage, birth or death
/// registration at the Long Thủy ward, and refused for other dossiers or before the result.
/// </summary>
public abstract class CourtesyLetterTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Marriage = "1.000894.000.00.00.H10";
    private const string Death = "1.000656.000.00.00.H10";

    [Theory]
    [InlineData(Marriage, "congratulation-marriage", "THƯ CHÚC MỪNG", "đã đăng ký kết hôn cho Ông/Bà")]
    [InlineData(DossierRequests.BirthRegistration, "congratulation-birth", "THƯ CHÚC MỪNG", "đã đăng ký khai sinh cho thành viên mới của gia đình Ông/Bà")]
    [InlineData(Death, "condolence", "THƯ CHIA BUỒN", "lời chia buồn sâu sắc nhất")]
    public async Task The_letter_names_the_applicant_the_unit_and_the_day_in_Vietnamese_with_embedded_serif_fonts(string procedure, string kind, string title, string words)
    {
        var code = await ReceiveAsync(procedure);
        await App.IssueResultAsync(code);

        var pdf = await App.PrintAsync(code, kind);

        var text = await PdfTools.WordsAsync(pdf);
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain(title);
        text.ShouldContain("Kính gửi: Ông/Bà Nguyễn Văn An");
        text.ShouldContain($"Vào {Today}, Ủy ban nhân dân phường Long Thủy đã đăng ký");
        text.ShouldContain(words);
        text.ShouldContain($"Phước Long, {Today}");
        text.ShouldContain("CHỦ TỊCH");
        text.ShouldContain("Đặng Văn Chủ Tịch");
        text.ShouldContain(code);
        // A letter follows no one-stop form: no form number, no legal line.
        text.ShouldNotContain("ban hành kèm theo");
        await PdfTools.ShouldEmbedSerifFontsOnlyAsync(pdf);
    }

    [Fact]
    public async Task A_letter_is_a_409_until_the_result_is_issued_and_its_button_shows_only_then()
    {
        var code = await ReceiveAsync(Death);
        var desk = await App.SignedInAsync("tiepnhan.xa");

        await (await desk.GetAsync($"/api/v1/dossiers/{code}/documents/condolence", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await desk.GetStringAsync($"/Dossiers/Detail/{code}", Ct)).ShouldNotContain("documents/condolence");

        await App.IssueResultAsync(code);

        (await desk.GetStringAsync($"/Dossiers/Detail/{code}", Ct)).ShouldContain($"/api/v1/dossiers/{code}/documents/condolence");
    }

    [Theory]
    [InlineData("condolence")]
    [InlineData("congratulation-marriage")]
    public async Task A_letter_the_procedure_does_not_send_is_a_409_and_has_no_button(string kind)
    {
        var code = await App.ReceiveBirthAsync();
        await App.IssueResultAsync(code);
        var desk = await App.SignedInAsync("tiepnhan.xa");

        await (await desk.GetAsync($"/api/v1/dossiers/{code}/documents/{kind}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var page = await desk.GetStringAsync($"/Dossiers/Detail/{code}", Ct);
        page.ShouldNotContain($"documents/{kind}");
        page.ShouldContain("documents/congratulation-birth");
    }

    /// <summary>The day the result was issued, in Vietnam, on the test clock.</summary>
    private string Today => DateText.Date(App.Today);

    private Task<string> ReceiveAsync(string procedure) => procedure switch
    {
        Marriage => App.ReceiveAsync(Marriage, "Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể dùng chung một tờ khai)"),
        Death => App.ReceiveAsync(Death, "Tờ khai đăng ký khai tử theo mẫu", "Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử"),
        _ => App.ReceiveBirthAsync(),
    };
}

[Collection(SqliteGroup.Name)]
public sealed class CourtesyLetterTestsOnSqlite(SqliteApp app) : CourtesyLetterTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CourtesyLetterTestsOnPostgres(PostgresApp app) : CourtesyLetterTests(app);
