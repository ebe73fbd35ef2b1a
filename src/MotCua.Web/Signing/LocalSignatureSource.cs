using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Signing;

/// <summary>
/// The unit's key on this machine: a PKCS#12 file (its password from the environment) or a certificate with its key in
/// the operating system's store. Loaded on first use, so that Development's demo certificate exists by then.
/// </summary>
public sealed class LocalSignatureSource(IOptions<SigningOptions> options, IHostEnvironment environment) : ISignatureSource, IDisposable
{
    private readonly CertificateChain chain = new(() => Load(options.Value, environment), "Signing:Pkcs12 or Signing:Store");

    public X509Certificate2 Certificate => Chain[0];

    public Task<byte[]> CmsAsync(byte[] documentDigest, CancellationToken ct)
    {
        var signer = Chain[0];
        return CadesSignature.BuildAsync(documentDigest, Chain, CadesSignature.IsRsa(signer), (hash, _) => Task.FromResult(CadesSignature.SignHash(signer, hash)), ct);
    }

    private IReadOnlyList<X509Certificate2> Chain => chain.Value;

    private static IReadOnlyList<X509Certificate2> Load(SigningOptions settings, IHostEnvironment environment) => settings.Provider == SigningProvider.Store
        ? [FromStore(settings.Store)]
        : FromPkcs12(Path.Combine(environment.ContentRootPath, settings.Pkcs12.Path!), settings.Pkcs12.Password);

    /// <summary>The certificate with a private key first, then the others of the file (its chain).</summary>
    public static IReadOnlyList<X509Certificate2> FromPkcs12(string path, string? password)
    {
        var all = X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        var signer = all.FirstOrDefault(c => c.HasPrivateKey) ?? throw new SigningFailedException($"{path} holds no certificate with its private key.");
        return [signer, .. all.Where(c => c != signer)];
    }

    private static X509Certificate2 FromStore(StoreOptions settings)
    {
        using var store = new X509Store(StoreName.My, settings.Location);
        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        return store.Certificates.Find(X509FindType.FindByThumbprint, settings.Thumbprint!, validOnly: false)
            .FirstOrDefault(c => c.HasPrivateKey) ?? throw new SigningFailedException($"No certificate with thumbprint {settings.Thumbprint} and its private key in {settings.Location}\\My.");
    }

    public void Dispose() => chain.Dispose();
}
