using System.Security.Cryptography.X509Certificates;
using MotCua.Web.Signing;
using MotCua.Web.Tests.Infrastructure;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>PDFs signed as a signing tool outside MotCua would sign them, with the demo CA's certificates or others.</summary>
public static class SignedFiles
{
    private static readonly SigningOptions Defaults = new();

    /// <summary>The demo office's certificate and key, as the application generated them, with the demo CA after it.</summary>
    public static IReadOnlyList<X509Certificate2> Office(MotCuaApp app) =>
        LocalSignatureSource.FromPkcs12(Path.Combine(app.SigningFolder, DemoAuthority.Office), string.Empty);

    /// <summary>The demo CA with its key, to issue certificates the trust list knows.</summary>
    public static X509Certificate2 DemoCa(MotCuaApp app) =>
        X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(app.SigningFolder, DemoAuthority.CaKey), string.Empty, X509KeyStorageFlags.EphemeralKeySet);

    public static Task<byte[]> SignAsync(byte[] pdf, IReadOnlyList<X509Certificate2> chain, DateTimeOffset at) =>
        PadesSigner.SignAsync(pdf, DocumentSigner.SignerName(chain[0]), at, new SignatureLook(Defaults.Font, Defaults.BoldFont, null),
            (digest, ct) => CadesSignature.BuildAsync(digest, chain, true, (hash, _) => Task.FromResult(CadesSignature.SignHash(chain[0], hash)), ct),
            TestContext.Current.CancellationToken);

    /// <summary>The same file with one byte of its signed part changed (in the header's binary comment, so it still parses).</summary>
    public static byte[] Tampered(byte[] pdf)
    {
        var copy = (byte[])pdf.Clone();
        copy[12] ^= 0x01;
        return copy;
    }
}
