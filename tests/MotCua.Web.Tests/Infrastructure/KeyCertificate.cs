using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>A throwaway certificate file that encrypts the data-protection keys of a test's application, removed with it.</summary>
public sealed class KeyCertificate : IDisposable
{
    private const string Password = "mat-khau-chung-thu";

    private readonly string path = Path.Combine(Path.GetTempPath(), $"motcua-keys-{Guid.NewGuid():N}.pfx");

    public KeyCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=MotCua data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
    }

    /// <summary>The settings naming this certificate under <paramref name="section"/>.</summary>
    public (string Key, string Value)[] Settings(string section = "DataProtection:Certificate") =>
        [($"{section}:Path", path), ($"{section}:Password", Password)];

    public void Dispose() => File.Delete(path);
}
