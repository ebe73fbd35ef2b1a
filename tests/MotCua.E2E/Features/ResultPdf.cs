using System.Text;

namespace MotCua.E2E.Features;

/// <summary>A result as a word processor exports it, unsigned: the office signs it with its certificate when issuing it.</summary>
internal static class ResultPdf
{
    public static byte[] Unsigned(string title)
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.Info.Title = title;
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>Signed as the office signs (PAdES), and still the file issued: its title is kept.</summary>
    public static bool IsSignedResult(byte[] pdf, string title)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return text.Contains("/SubFilter/ETSI.CAdES.detached", StringComparison.Ordinal) && text.Contains(title, StringComparison.Ordinal);
    }
}
