using MotCua.Web.Tests.Documents;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>
/// Papers of events on 30 June 2025 at 23:59 and on 1 July 2025 at 00:00 (Vietnam time) follow Circular 01/2018/TT-VPCP
/// and Circular 03/2025/TT-VPCP respectively, whenever they are printed (DOMAIN.md §4, "Forms by period").
/// </summary>
public abstract class FormEditionTests(MotCuaApp app) : ProviderTests(app)
{
    private static readonly DateTimeOffset LastMinuteOf2018Forms = new(2025, 6, 30, 23, 59, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task The_day_of_the_event_in_Vietnam_decides_the_title_and_legal_line_of_receipt_and_apology()
    {
        // This collection's own application: its clock moves forward by months without touching other tests.
        App.Clock.SetUtcNow(LastMinuteOf2018Forms);
        var before = await ReceiveAndApologizeAsync();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await ReceiveAndApologizeAsync();

        var receiptBefore = await WordsAsync(before, "receipt");
        receiptBefore.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        receiptBefore.ShouldContain("Mẫu số 01 ban hành kèm theo Thông tư số 01/2018/TT-VPCP");
        var receiptAfter = await WordsAsync(after, "receipt");
        receiptAfter.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        receiptAfter.ShouldContain("Mẫu số 01 ban hành kèm theo Thông tư số 03/2025/TT-VPCP");

        var apologyBefore = await WordsAsync(before, "apology");
        apologyBefore.ShouldContain("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        apologyBefore.ShouldContain("Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP");
        apologyBefore.ShouldContain("Thời gian hẹn trả kết quả lần sau:");
        var apologyAfter = await WordsAsync(after, "apology");
        apologyAfter.ShouldContain("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
        apologyAfter.ShouldContain("Mẫu số 04 ban hành kèm theo Thông tư số 03/2025/TT-VPCP");
        apologyAfter.ShouldContain("đề nghị gia hạn thời gian giải quyết hồ sơ như sau");
        apologyAfter.ShouldNotContain("PHIẾU XIN LỖI");

        // The control sheet follows the day of receipt, and is renumbered 06 in 2025.
        (await WordsAsync(before, "control-sheet")).ShouldContain("Mẫu số 05 ban hành kèm theo Thông tư số 01/2018/TT-VPCP");
        (await WordsAsync(after, "control-sheet")).ShouldContain("Mẫu số 06 ban hành kèm theo Thông tư số 03/2025/TT-VPCP");
    }

    private async Task<string> ReceiveAndApologizeAsync()
    {
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "apologize",
            new { reason = "Cần xác minh thêm tại nơi cư trú", newDueAt = App.Clock.GetUtcNow().AddDays(10) });
        return code;
    }

    private async Task<string> WordsAsync(string code, string kind) => await PdfTools.WordsAsync(await App.PrintAsync(code, kind));
}

[Collection(SqliteLaterGroup.Name)]
public sealed class FormEditionTestsOnSqlite(SqliteLaterApp app) : FormEditionTests(app);

[Collection(PostgresLaterGroup.Name)]
public sealed class FormEditionTestsOnPostgres(PostgresLaterApp app) : FormEditionTests(app);
