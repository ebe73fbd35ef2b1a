using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MotCua.Web.Signing;

/// <summary>
/// The signer's certificate first, then its chain, read on first use (Development's demo certificate exists by then);
/// a file that cannot be read is a <see cref="SigningFailedException"/> naming the setting to fix.
/// </summary>
public sealed class CertificateChain(Func<IReadOnlyList<X509Certificate2>> load, string setting) : IDisposable
{
    private readonly Lazy<IReadOnlyList<X509Certificate2>> chain = new(load);

    public IReadOnlyList<X509Certificate2> Value
    {
        get
        {
            try
            {
                return chain.Value;
            }
            catch (Exception e) when (e is CryptographicException or IOException)
            {
                throw new SigningFailedException($"The unit's certificate ({setting}) could not be read: {e.Message}", e);
            }
        }
    }

    public void Dispose()
    {
        if (chain.IsValueCreated)
        {
            foreach (var certificate in chain.Value)
            {
                certificate.Dispose();
            }
        }
    }
}
