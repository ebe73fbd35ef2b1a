using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Documents;
using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>The papers of Mẫu 02–05 (Circular 01/2018, as the clock is in March 2025), printed after the dossier went through the event each reports.</summary>
public abstract class PrintDocumentTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_supplement_request_lists_every_missing_paper_and_the_officer_who_asked()
    {
        var code = await App.ReceiveBirthAsync();
        await Act("chuyenvien.xa", code, "request-supplement", new { reason = "Bản sao giấy chứng nhận kết hôn của cha mẹ; Văn bản ủy quyền có chứng thực" });

        var text = await PrintAsync(code, "supplement-request");

        text.ShouldContain("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain(code);
        text.ShouldContain("Nguyễn Văn An");
        // One row per paper, so the list is not one run-on sentence.
        text.ShouldContain("Bản sao giấy chứng nhận kết hôn của cha mẹ\n");
        text.ShouldContain("Văn bản ủy quyền có chứng thực\n");
        text.ShouldContain("Bùi Văn Hộ Tịch");
    }

    [Fact]
    public async Task A_refusal_gives_the_reason_and_is_signed_by_the_leader_who_refused()
    {
        var code = await App.ReceiveBirthAsync();
        await Act("lanhdao.xa", code, "refuse", new { reason = "Trẻ đã được đăng ký khai sinh tại nơi khác" });

        var text = await PrintAsync(code, "refusal");

        text.ShouldContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
        text.ShouldContain("Trẻ đã được đăng ký khai sinh tại nơi khác");
        text.ShouldContain("Đặng Văn Chủ Tịch");
    }

    [Fact]
    public async Task An_apology_from_the_unit_gives_the_reason_the_missed_and_the_new_appointment()
    {
        var code = await App.ReceiveBirthAsync();
        var due = (await (await App.SignedInAsync("lanhdao.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct)).GetProperty("dueAt").GetDateTimeOffset();
        await Act("lanhdao.xa", code, "apologize", new { reason = "Cần xác minh thêm tại nơi cư trú", newDueAt = due.AddDays(3) });

        var text = await PrintAsync(code, "apology");

        text.ShouldContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        text.ShouldContain("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP");
        text.ShouldContain("UBND THỊ XÃ PHƯỚC LONG");
        text.ShouldContain("Ủy ban nhân dân phường Long Thủy xin");
        text.ShouldContain("Cần xác minh thêm tại nơi cư trú");
        text.ShouldContain($"hồ sơ: {DateText.Moment(due)}.");
        text.ShouldContain($"Thời gian hẹn trả kết quả lần sau: {DateText.Moment(due.AddDays(3))}.");
        text.ShouldContain("Đặng Văn Chủ Tịch");
    }

    [Fact]
    public async Task The_control_sheet_shows_each_hand_over_with_its_officers_and_timeliness()
    {
        // A working morning: the hour spent on the step stays within its allotted time whatever other tests did to the clock.
        await App.AdvanceToAsync(c => c.IsWorkingDay, TimeSpan.FromHours(8));
        var code = await App.ReceiveBirthAsync();
        await Act("tiepnhan.xa", code, "complete-step", new { note = "Đã kiểm tra đủ thành phần" });
        await Act("lanhdao.xa", code, "assign", new { assignee = "chuyenvien.xa" });
        App.Clock.Advance(TimeSpan.FromHours(1));
        await Act("chuyenvien.xa", code, "complete-step", new { note = "Đủ điều kiện đăng ký" });

        var text = await PrintAsync(code, "control-sheet");

        text.ShouldContain("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
        text.ShouldContain("Tiếp nhận, kiểm tra");
        text.ShouldContain("Trả kết quả");
        text.ShouldContain("Đỗ Thị Phường");
        text.ShouldContain("Bùi Văn Hộ Tịch");
        text.ShouldContain("Đúng hạn");
    }

    [Fact]
    public async Task A_returned_dossier_shows_every_step_closed_by_its_role_with_its_time()
    {
        await App.AdvanceToAsync(c => c.IsWorkingDay, TimeSpan.FromHours(8));
        var code = await App.ReceiveBirthAsync();
        await Act("tiepnhan.xa", code, "complete-step", new { note = "Đã kiểm tra đủ thành phần" });
        await Act("lanhdao.xa", code, "assign", new { assignee = "chuyenvien.xa" });
        App.Clock.Advance(TimeSpan.FromHours(1));
        await Act("chuyenvien.xa", code, "complete-step", new { note = "Đủ điều kiện đăng ký" });
        await Act("lanhdao.xa", code, "approve", new { });
        await Act("chuyenvien.xa", code, "issue-result", new { });
        App.Clock.Advance(TimeSpan.FromMinutes(30));
        await Act("tiepnhan.xa", code, "return-result", new { });

        var text = await PrintAsync(code, "control-sheet");

        // A step shows its result only once closed (a narrow cell wraps "Trước hạn" around the next column, so the first word is counted); each closed row has the hand-over time beside the step's due time.
        System.Text.RegularExpressions.Regex.Count(text, @"\b(Đúng|Trước|Quá)\b").ShouldBe(4, text);
        System.Text.RegularExpressions.Regex.Count(text, @"\b\d{2}:\d{2}\b").ShouldBe(8, text);
        text.ShouldContain("Đặng Văn Chủ"); // the leader who closed his step by approving; his name wraps in the narrow cell
    }

    [Fact]
    public async Task A_specialist_cannot_close_the_desks_step()
    {
        var code = await App.ReceiveBirthAsync();

        var answer = await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/complete-step", new { }, Ct);

        await answer.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_404_in_Vietnamese()
    {
        var code = await App.ReceiveBirthAsync();

        var problem = await (await (await App.SignedInAsync("tiepnhan.xa")).GetAsync($"/api/v1/dossiers/{code}/documents/giay-khen", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Title().ShouldBe("Không tìm thấy");
    }

    [Theory]
    [InlineData("supplement-request")]
    [InlineData("refusal")]
    [InlineData("apology")]
    [InlineData("congratulation-birth")]
    public async Task A_paper_about_something_that_did_not_happen_is_a_409(string kind)
    {
        var code = await App.ReceiveBirthAsync();

        await (await (await App.SignedInAsync("tiepnhan.xa")).GetAsync($"/api/v1/dossiers/{code}/documents/{kind}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    private async Task Act(string userName, string code, string action, object body) =>
        await DossierRequests.ActAsync(await App.SignedInAsync(userName), code, action, body);

    /// <summary>Fetches the paper as the desk would print it and reads its text back.</summary>
    private async Task<string> PrintAsync(string code, string kind) => await PdfTools.TextAsync(await App.PrintAsync(code, kind));
}

[Collection(SqliteGroup.Name)]
public sealed class PrintDocumentTestsOnSqlite(SqliteApp app) : PrintDocumentTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PrintDocumentTestsOnPostgres(PostgresApp app) : PrintDocumentTests(app);
