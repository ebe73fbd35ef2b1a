using System.Diagnostics;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Documents;

/// <summary>The receipt printed through the real Chromium, read back with pdftotext, pdffonts and zbarimg.</summary>
public sealed class ReceiptPdfTests(Printing printing) : IDisposable
{
    private readonly string pdf = Path.Combine(Path.GetTempPath(), $"motcua-receipt-{Guid.NewGuid():N}.pdf");

    private async Task PrintAsync()
    {
        var clock = Stopwatch.StartNew();
        var bytes = (await printing.Papers.PrintAsync<Receipt, ReceiptDocument>(ReceiptSamples.BirthRegistration(), ReceiptSamples.Code, TestContext.Current.CancellationToken)).Value;
        TestContext.Current.SendDiagnosticMessage($"Receipt printed in {clock.ElapsedMilliseconds} ms ({bytes.Length} bytes)");
        await File.WriteAllBytesAsync(pdf, bytes, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_receipt_reads_back_word_for_word_in_Vietnamese()
    {
        await PrintAsync();

        var text = await PdfTools.TextAsync(pdf);

        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("UBND THỊ XÃ PHƯỚC LONG");
        text.ShouldContain("BỘ PHẬN MỘT CỬA");
        text.ShouldContain("Phước Long, ngày 24 tháng 11 năm 2026");
        text.ShouldContain("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
        // Received in November 2026: the 2025 edition of the forms.
        text.ShouldContain("Mẫu số 01 ban hành kèm theo Thông tư số 03/2025/TT-VPCP");
        text.ShouldContain("Nguyễn Thị Ánh Nguyệt");
        text.ShouldContain("Đăng ký khai sinh có yếu tố nước ngoài");
        text.ShouldContain("Thời gian trả kết quả giải quyết hồ sơ: 10 giờ 30 phút, ngày 27 tháng 11 năm 2026");
        // Stored in UTC (03:30), printed in Vietnam time.
        text.ShouldContain("Thời gian nhận hồ sơ: 10 giờ 30 phút, ngày 24 tháng 11 năm 2026");
        text.ShouldContain("Phí, lệ phí: 50.000 đồng");
        text.ShouldContain("NGƯỜI TIẾP NHẬN HỒ SƠ");
        text.ShouldContain("Trần Văn Bình");
    }

    [Fact]
    public async Task The_receipt_carries_its_fonts()
    {
        await PrintAsync();

        await PdfTools.ShouldEmbedSerifFontsOnlyAsync(await File.ReadAllBytesAsync(pdf, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_QR_code_opens_the_public_lookup_of_the_dossier()
    {
        await PrintAsync();

        var codes = await PdfTools.QrCodesAsync(pdf);

        codes.Trim().ShouldBe($"{Printing.PublicBaseUrl}tra-cuu/{ReceiptSamples.Code}");
        (await PdfTools.TextAsync(pdf)).ShouldContain(ReceiptSamples.Code);
    }

    public void Dispose()
    {
        File.Delete(pdf);
        File.Delete(Path.ChangeExtension(pdf, ".png"));
    }
}
