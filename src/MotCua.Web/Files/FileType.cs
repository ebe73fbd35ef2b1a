namespace MotCua.Web.Files;

/// <summary>
/// A kind of file the office accepts, known by its first bytes (its signature), never by the name
/// or the type the browser claims: a renamed program or web page stays what it is.
/// </summary>
public sealed record FileType(string Name, string MediaType, string Extension, byte[] Signature)
{
    public static readonly FileType Pdf = new("PDF", "application/pdf", ".pdf", "%PDF-"u8.ToArray());

    public static readonly FileType Jpeg = new("JPEG", "image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]);

    public static readonly FileType Png = new("PNG", "image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    /// <summary>What a scanned or uploaded paper may be.</summary>
    public static readonly IReadOnlyList<FileType> Scans = [Pdf, Jpeg, Png];

    public static FileType? Of(ReadOnlySpan<byte> content, IReadOnlyList<FileType> accepted)
    {
        foreach (var type in accepted)
        {
            if (content.StartsWith(type.Signature))
            {
                return type;
            }
        }

        return null;
    }
}
