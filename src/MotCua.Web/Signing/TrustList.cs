using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Signing;

/// <summary>
/// The root certificates a signature must chain to (<c>Signing:TrustedRoots</c>): in production the national root CA
/// (Root CA of the Ministry of Science and Technology's NEAC) and whichever the province trusts; in Development the demo CA.
/// Read on first use, as Development's demo CA is made at start.
/// </summary>
public sealed class TrustList(IOptions<SigningOptions> options, IHostEnvironment environment)
{
    private static readonly string[] Extensions = [".pem", ".crt", ".cer"];

    private readonly Lazy<X509Certificate2Collection> roots = new(() => Load(options.Value.TrustedRoots.Select(p => Path.Combine(environment.ContentRootPath, p))));

    public X509Certificate2Collection Roots => roots.Value;

    public bool Chains(X509Certificate2 certificate, X509Certificate2Collection extra, DateTimeOffset at)
    {
        if (Roots.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Roots);
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        chain.ChainPolicy.VerificationTime = at.LocalDateTime;
        return chain.Build(certificate);
    }

    private static X509Certificate2Collection Load(IEnumerable<string> paths)
    {
        var all = new X509Certificate2Collection();
        foreach (var path in paths)
        {
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                : File.Exists(path) ? [path] : [];
            foreach (var file in files)
            {
                var before = all.Count;
                all.ImportFromPemFile(file);
                if (all.Count == before)
                {
                    all.Add(X509CertificateLoader.LoadCertificateFromFile(file));
                }
            }
        }

        return all;
    }
}
