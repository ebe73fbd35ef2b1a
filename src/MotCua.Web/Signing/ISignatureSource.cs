using System.Security.Cryptography.X509Certificates;

namespace MotCua.Web.Signing;

/// <summary>Whatever holds the unit's key: makes the CMS (CAdES) signature of a document's SHA-256 digest.</summary>
public interface ISignatureSource
{
    /// <summary>The signer's certificate, loaded on first use.</summary>
    /// <exception cref="SigningFailedException">It cannot be read.</exception>
    X509Certificate2 Certificate { get; }

    /// <exception cref="SigningFailedException">The key or the signing service could not sign.</exception>
    Task<byte[]> CmsAsync(byte[] documentDigest, CancellationToken ct);
}

/// <summary>The unit's key could not sign: a missing or unreadable certificate, or a signing service that did not answer.</summary>
public sealed class SigningFailedException(string message, Exception? inner = null) : Exception(message, inner);
