using System.Diagnostics;
using Shouldly;

namespace MotCua.Web.Tests.Documents;

/// <summary>Reads a printed PDF back with the poppler and zbar command-line tools, as a person would check it.</summary>
internal static class PdfTools
{
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-layout", pdf, "-");

    /// <summary>The text of a PDF answered over HTTP.</summary>
    public static Task<string> TextAsync(byte[] pdf) => FromFileAsync(pdf, TextAsync);

    /// <summary>
    /// The words of a PDF with every run of white space as one space: a justified or wrapped sentence of the body reads
    /// back whole, wherever the lines broke. (Two-column headers interleave: check those with <see cref="TextAsync(byte[])"/>.)
    /// </summary>
    public static async Task<string> WordsAsync(byte[] pdf) => System.Text.RegularExpressions.Regex.Replace(await TextAsync(pdf), @"\s+", " ");

    private static Task<string> FontsAsync(string pdf) => RunAsync("pdffonts", pdf);

    /// <summary>
    /// What poppler's pdfsig says of a PDF's signatures. Its exit code tells a valid signature from others, so it is the
    /// output that is read. The certificate's trust is left to the verifier under test (-nocert): pdfsig would look for
    /// the demo CA in an NSS database.
    /// </summary>
    public static Task<string> SignaturesAsync(byte[] pdf) => FromFileAsync(pdf, path => RunAsync("pdfsig", false, "-nocert", path));

    /// <summary>
    /// Checks that every font is Times New Roman where installed, else its metric twin Liberation Serif
    /// (fonts-liberation2, which has the Vietnamese glyphs), and embedded, so the paper prints the same anywhere. Chromium
    /// names it LiberationSerif, PDFsharp (the signature block) Liberation Serif.
    /// </summary>
    public static async Task ShouldEmbedSerifFontsOnlyAsync(byte[] pdf)
    {
        var fonts = (await FromFileAsync(pdf, FontsAsync)).Split('\n').Skip(2).Where(line => line.Length > 0).ToList();

        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(line => line.Contains("Times") || line.Replace(" ", "").Contains("LiberationSerif"));
        // Columns: name type encoding emb sub uni object ID — "emb" must be yes for every font.
        fonts.Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]).ShouldAllBe(embedded => embedded == "yes");
    }

    /// <summary>Runs a tool on a PDF answered over HTTP, from a temporary file that is removed afterwards.</summary>
    private static async Task<string> FromFileAsync(byte[] pdf, Func<string, Task<string>> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        try
        {
            return await read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Every QR code on the first page, decoded from a 200 dpi scan.</summary>
    public static async Task<string> QrCodesAsync(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        await RunAsync("pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return await RunAsync("zbarimg", "--raw", "--quiet", prefix + ".png");
    }

    private static Task<string> RunAsync(string tool, params string[] args) => RunAsync(tool, true, args);

    private static async Task<string> RunAsync(string tool, bool mustSucceed, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        if (mustSucceed && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
