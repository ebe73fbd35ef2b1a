using System.Diagnostics;

namespace MotCua.Web.Tests.Documents;

/// <summary>Reads a printed PDF back with the poppler and zbar command-line tools, as a person would check it.</summary>
internal static class PdfTools
{
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-layout", pdf, "-");

    /// <summary>The text of a PDF answered over HTTP, read from a temporary file that is removed afterwards.</summary>
    public static async Task<string> TextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"motcua-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        try
        {
            return await TextAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static Task<string> FontsAsync(string pdf) => RunAsync("pdffonts", pdf);

    /// <summary>Every QR code on the first page, decoded from a 200 dpi scan.</summary>
    public static async Task<string> QrCodesAsync(string pdf)
    {
        var prefix = Path.ChangeExtension(pdf, null);
        await RunAsync("pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return await RunAsync("zbarimg", "--raw", "--quiet", prefix + ".png");
    }

    private static async Task<string> RunAsync(string tool, params string[] args)
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
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
