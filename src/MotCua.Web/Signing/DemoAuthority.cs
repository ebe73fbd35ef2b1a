using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Signing;

/// <summary>
/// Development's certification authority: at first start (and again once expired) a demo root CA and the office's
/// certificate issued by it, written to <see cref="SigningOptions.DemoFolder"/> (git-ignored: keys are never committed).
/// The demo CA is Development's whole trust list; Production never runs this (a stand-in, refused there).
/// </summary>
public sealed class DemoAuthority(IOptions<SigningOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<DemoAuthority> logger) : IHostedService
{
    public const string CaCertificate = "demo-ca.pem";
    public const string CaKey = "demo-ca.p12";
    public const string Office = "demo-office.p12";
    public const string OfficeCertificate = "demo-office.pem";

    /// <summary>Who the demo office is: the province's people's committee, as its certificate would name it.</summary>
    public const string OfficeName = "Ủy ban nhân dân tỉnh Bình Phước (demo)";

    /// <summary>Applications started side by side in one process (the tests) share a folder only one at a time.</summary>
    private static readonly Lock Generating = new();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (Generating)
        {
            Generate();
        }

        return Task.CompletedTask;
    }

    private void Generate()
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.DemoFolder!);
        var now = clock.GetUtcNow();
        var office = Path.Combine(folder, Office);
        if (File.Exists(office) && StillValid(office, now))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        using var caKey = RSA.Create(3072);
        var caRequest = new CertificateRequest("CN=MotCua Demo CA, O=MotCua (demo), C=VN", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var ca = caRequest.CreateSelfSigned(now.AddYears(-5), now.AddYears(15));

        using var officeKey = RSA.Create(2048);
        using var issued = Issue(ca, officeKey, $"CN={OfficeName}, O={OfficeName}, L=Đồng Xoài, C=VN", now.AddYears(-5), now.AddYears(10));
        using var withKey = issued.CopyWithPrivateKey(officeKey);

        File.WriteAllText(Path.Combine(folder, CaCertificate), ca.ExportCertificatePem());
        File.WriteAllBytes(Path.Combine(folder, CaKey), ca.Export(X509ContentType.Pkcs12, string.Empty));
        File.WriteAllText(Path.Combine(folder, OfficeCertificate), issued.ExportCertificatePem() + "\n" + ca.ExportCertificatePem());
        var bundle = new X509Certificate2Collection { withKey, X509CertificateLoader.LoadCertificate(ca.RawData) };
        File.WriteAllBytes(office, bundle.Export(X509ContentType.Pkcs12, string.Empty)!);
        logger.LogWarning("Demo signing CA and office certificate generated in {Folder}: documents signed with them are valid only where the demo CA is trusted", folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A document-signing certificate issued by <paramref name="ca"/> (which must hold its private key).</summary>
    public static X509Certificate2 Issue(X509Certificate2 ca, RSA key, string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // a positive INTEGER, as RFC 5280 requires
        return request.Create(ca, notBefore, notAfter, serial);
    }

    private static bool StillValid(string path, DateTimeOffset now)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, string.Empty, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.NotBefore <= now && now <= certificate.NotAfter;
    }
}
