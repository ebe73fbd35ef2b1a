using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// The key ring that signs cookies and bearer tokens lives in the database, so that
/// every app node reads it. Each key is encrypted there with the certificate of <c>DataProtection:Certificate:Path</c>
/// (password in <c>DataProtection:Certificate:Password</c>, an environment variable), kept outside the database: a
/// copy of a backup alone mints nothing. Keys written under a retired certificate stay readable while that certificate
/// is listed in <c>DataProtection:PreviousCertificates</c> (SECURITY.md, "Khóa bảo vệ dữ liệu").
/// </summary>
/// <remarks>
/// A certificate rather than a symmetric key from configuration: the framework encrypts and decrypts the keys with it
/// (no cryptography of ours), and an operator can rotate it with the tools he already has for TLS certificates.
/// </remarks>
public static class DataProtectionSetup
{
    private const string Current = "DataProtection:Certificate";
    private const string Previous = "DataProtection:PreviousCertificates";

    public static IServiceCollection AddMotCuaDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = services.AddDataProtection().SetApplicationName("MotCua").PersistKeysToDbContext<MotCuaDbContext>();
        if (!IsEncrypted(configuration))
        {
            return environment.IsProduction()
                ? throw new InvalidOperationException(
                    $"Production refuses to start: the data-protection keys would be stored unencrypted in the database. Set {Current}:Path " +
                    $"(a PKCS#12 file outside the database) and {Current}:Password (environment variable DataProtection__Certificate__Password).")
                : services;
        }

        keys.ProtectKeysWithCertificate(Load(configuration.GetSection(Current)));
        var previous = configuration.GetSection(Previous).GetChildren().Select(Load).ToArray();
        if (previous.Length > 0)
        {
            keys.UnprotectKeysWithAnyCertificate(previous);
        }

        return services;
    }

    public static bool IsEncrypted(IConfiguration configuration) => !string.IsNullOrEmpty(configuration[$"{Current}:Path"]);

    private static X509Certificate2 Load(IConfigurationSection certificate) =>
        X509CertificateLoader.LoadPkcs12FromFile(
            certificate["Path"] ?? throw new InvalidOperationException($"{certificate.Path}:Path is missing."), certificate["Password"]);
}
