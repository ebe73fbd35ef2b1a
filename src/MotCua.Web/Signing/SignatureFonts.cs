using PdfSharp.Fonts;

namespace MotCua.Web.Signing;

/// <summary>
/// PDFsharp finds no system fonts on Linux: this resolver takes the family name as the path of a TrueType file, so that
/// the font files stay settings (<see cref="SigningOptions.Font"/>) although PDFsharp's resolver is one per process.
/// </summary>
public sealed class SignatureFonts : IFontResolver
{
    private static readonly Lock Installing = new();

    public static void Install()
    {
        lock (Installing)
        {
            GlobalFontSettings.FontResolver ??= new SignatureFonts();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => File.Exists(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => File.Exists(faceName) ? File.ReadAllBytes(faceName) : null;
}
