using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Calendar;
using MotCua.Web.Documents;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace MotCua.Web.Signing;

/// <summary>
/// Signs a PDF as PAdES (SubFilter ETSI.CAdES.detached): PDFsharp adds the visible signature block, the signature field
/// and a signature dictionary whose /ByteRange and /Contents are fixed-width placeholders; the saved bytes are then
/// measured, the ranges written in, the ranges hashed and the CMS written into the hole. Doing the last steps on the
/// bytes keeps the SubFilter and the signing time (/M, from the application's clock) ours, which PDFsharp's own
/// signature handler fixes to adbe.pkcs7.detached and the machine's clock.
/// </summary>
public static class PadesSigner
{
    /// <summary>Bytes kept for the CMS: the signature and a chain of a few RSA certificates fit with room to spare.</summary>
    private const int ContentsBytes = 16384;

    /// <summary>Vietnamese needs glyphs beyond WinAnsi: one Identity-H font rather than a WinAnsi one beside it.</summary>
    private static readonly XPdfFontOptions Unicode = XPdfFontOptions.UnicodeDefault;

    private const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    private static readonly string ContentsPlaceholder = "<" + new string('0', ContentsBytes * 2) + ">";

    /// <summary>The block's size and its distance from the page's right and bottom edges, in points (1/72 inch).</summary>
    private static readonly (double Width, double Height, double Right, double Bottom) Block = (220, 46, 57, 36);

    /// <param name="signer">"Ký bởi: …": the unit as its certificate names it.</param>
    /// <param name="cms">Makes the CMS of the SHA-256 digest of the signed ranges.</param>
    public static async Task<byte[]> SignAsync(
        byte[] pdf, string signer, DateTimeOffset at, SignatureLook look, Func<byte[], CancellationToken, Task<byte[]>> cms, CancellationToken ct)
    {
        var prepared = Prepare(pdf, signer, at, look);
        var text = Encoding.Latin1.GetString(prepared);
        var holeStart = text.IndexOf(ContentsPlaceholder, StringComparison.Ordinal);
        var rangeAt = text.IndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
        if (holeStart < 0 || rangeAt < 0)
        {
            throw new SigningFailedException("The signature placeholders were not found in the saved PDF.");
        }

        var holeEnd = holeStart + ContentsPlaceholder.Length;
        var ranges = string.Create(CultureInfo.InvariantCulture, $"[0 {holeStart} {holeEnd} {prepared.Length - holeEnd}]").PadRight(ByteRangePlaceholder.Length);
        Encoding.ASCII.GetBytes(ranges).CopyTo(prepared, rangeAt);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(prepared, 0, holeStart);
        hash.AppendData(prepared, holeEnd, prepared.Length - holeEnd);
        var signature = await cms(hash.GetHashAndReset(), ct);
        if (signature.Length > ContentsBytes)
        {
            throw new SigningFailedException($"The signature ({signature.Length} bytes) is larger than the {ContentsBytes} bytes kept for it.");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(signature)).CopyTo(prepared, holeStart + 1);
        return prepared;
    }

    private static byte[] Prepare(byte[] pdf, string signer, DateTimeOffset at, SignatureLook look)
    {
        SignatureFonts.Install();
        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        var page = document.Pages[document.PageCount - 1];
        var area = new XRect(page.Width.Point - Block.Right - Block.Width, page.Height.Point - Block.Bottom - Block.Height, Block.Width, Block.Height);
        Draw(page, area, signer, at, look);

        var signature = new PdfDictionary(document);
        signature.Elements["/Type"] = new PdfName("/Sig");
        signature.Elements["/Filter"] = new PdfName("/Adobe.PPKLite");
        signature.Elements["/SubFilter"] = new PdfName("/ETSI.CAdES.detached");
        signature.Elements["/Name"] = new PdfString(signer, PdfStringEncoding.Unicode);
        signature.Elements["/Reason"] = new PdfString("Ban hành văn bản điện tử", PdfStringEncoding.Unicode);
        if (look.Location is { Length: > 0 } location)
        {
            signature.Elements["/Location"] = new PdfString(location, PdfStringEncoding.Unicode);
        }

        signature.Elements["/M"] = new PdfString(PdfDate(at));
        signature.Elements["/ByteRange"] = new PdfLiteral(ByteRangePlaceholder);
        signature.Elements["/Contents"] = new PdfLiteral(ContentsPlaceholder);
        document.Internals.AddObject(signature);

        // The widget over the drawn block: viewers show the signature's details where its block is printed.
        var field = new PdfDictionary(document);
        field.Elements["/Type"] = new PdfName("/Annot");
        field.Elements["/Subtype"] = new PdfName("/Widget");
        field.Elements["/FT"] = new PdfName("/Sig");
        field.Elements["/T"] = new PdfString("Chu ky so");
        field.Elements["/F"] = new PdfInteger(132);
        field.Elements["/V"] = signature.Reference;
        field.Elements["/P"] = page.Reference;
        var (x, y) = (area.X, page.Height.Point - area.Bottom);
        field.Elements["/Rect"] = new PdfLiteral(string.Create(CultureInfo.InvariantCulture, $"[{x:0.##} {y:0.##} {x + area.Width:0.##} {y + area.Height:0.##}]"));
        document.Internals.AddObject(field);

        var annotations = page.Elements.GetArray("/Annots");
        if (annotations is null)
        {
            page.Elements["/Annots"] = annotations = new PdfArray(document);
        }

        annotations.Elements.Add(field.Reference!);
        var form = new PdfDictionary(document);
        form.Elements["/Fields"] = new PdfArray(document, field.Reference!);
        form.Elements["/SigFlags"] = new PdfInteger(3);
        document.Internals.Catalog.Elements["/AcroForm"] = form;

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>
    /// The block of Decree 30/2020/NĐ-CP (Appendix I, the digital signature of an agency): bottom right, under where the
    /// signer's title is printed, in the colour of a seal, saying who signed and when.
    /// </summary>
    private static void Draw(PdfPage page, XRect area, string signer, DateTimeOffset at, SignatureLook look)
    {
        using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
        var ink = XColor.FromArgb(200, 16, 46);
        graphics.DrawRectangle(new XPen(ink, 0.8), area);
        var text = new XTextFormatter(graphics);
        var inner = new XRect(area.X + 5, area.Y + 4, area.Width - 10, area.Height - 8);
        text.DrawString($"Ký bởi: {signer}", new XFont(look.BoldFont, 9, XFontStyleEx.Regular, Unicode), new XSolidBrush(ink), inner);
        var date = new XRect(inner.X, inner.Y + 22, inner.Width, inner.Height - 22);
        text.DrawString($"Ngày ký: {DateText.Moment(at)}", new XFont(look.Font, 8, XFontStyleEx.Regular, Unicode), new XSolidBrush(ink), date);
    }

    /// <summary>D:YYYYMMDDHHmmSS+07'00': Vietnam time, as the rest of the document writes times.</summary>
    private static string PdfDate(DateTimeOffset at) =>
        "D:" + at.ToOffset(WorkingCalendar.VietnamOffset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+07'00'";
}

/// <summary>How the visible block is written: its fonts (TrueType files) and the place of signing.</summary>
public sealed record SignatureLook(string Font, string BoldFont, string? Location);
