namespace MotCua.Web.Files;

/// <summary>
/// A kind of file the office accepts, known by its first bytes (its signature), never by the name
/// or the type the browser claims: a renamed program or web page stays what it is.
/// </summary>
public sealed record FileType(string Name, string MediaType, string Extension, byte[] Signature)
{
    /// <summary>For a ZIP-based document (Office Open XML): the part it must hold to be that kind of document, not any archive.</summary>
    public string? PackagePart { get; init; }

    public static readonly FileType Pdf = new("PDF", "application/pdf", ".pdf", "%PDF-"u8.ToArray());

    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static readonly FileType Png = new("PNG", "image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static readonly FileType Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", [0x50, 0x4B, 0x03, 0x04])
    {
        PackagePart = "word/document.xml",
    };

    /// <summary>What a scanned or uploaded paper may be.</summary>
    public static readonly IReadOnlyList<FileType> Scans = [Pdf, Jpeg, Png];

    /// <summary>What a blank form (mẫu đơn, tờ khai) offered for download may be: to print, or to fill in on a computer.</summary>
    public static readonly IReadOnlyList<FileType> Forms = [Pdf, Docx];

    public static FileType? Of(byte[] content, IReadOnlyList<FileType> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return accepted.FirstOrDefault(type => content.AsSpan().StartsWith(type.Signature) && (type.PackagePart is not { } part || Holds(content, part)));
    }

    private static bool Holds(byte[] package, string part)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package), System.IO.Compression.ZipArchiveMode.Read);
            return zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
