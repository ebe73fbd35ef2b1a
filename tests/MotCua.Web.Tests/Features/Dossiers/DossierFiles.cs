using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Files as a scanner or a signing tool makes them (the right first bytes), unique per call, and their upload.</summary>
public static class DossierFiles
{
    public const string BirthCertificate = "Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh";
    public const string Declaration = "Tờ khai đăng ký khai sinh theo mẫu";

    public static byte[] Pdf() => Unique("%PDF-1.7\n"u8.ToArray(), "\n%%EOF\n");

    /// <summary>A real one-page PDF (an unsigned result as a word processor exports it), unique per call: the office can sign it.</summary>
    public static byte[] PrintablePdf()
    {
        using var document = new PdfSharp.Pdf.PdfDocument();
        document.Info.Title = "Kết quả " + Guid.NewGuid();
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public static byte[] Jpeg() => Unique([0xFF, 0xD8, 0xFF, 0xE0], string.Empty);

    public static byte[] Png() => Unique([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], string.Empty);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Where the application's store keeps a content, whether or not it is there.</summary>
    public static string StoredPath(this MotCuaApp app, byte[] content)
    {
        var key = Sha256(content);
        return Path.Combine(app.FilesRoot, key[..2], key);
    }

    /// <summary>A multipart POST with the file as <c>file</c>, sent with the type the browser claims, and form fields.</summary>
    public static Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, byte[] content, string fileName, string claimedType, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return client.PostAsync(url, form, TestContext.Current.CancellationToken);
    }

    private static byte[] Unique(byte[] signature, string tail) =>
        [.. signature, .. Encoding.ASCII.GetBytes($"motcua test {Guid.NewGuid():N}"), .. Encoding.ASCII.GetBytes(tail)];
}
