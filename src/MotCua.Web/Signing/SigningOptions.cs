namespace MotCua.Web.Signing;

/// <summary>The "Signing" configuration section: whose certificate signs the office's PDFs, and which roots it trusts.</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>none (documents issued unsigned; no electronic result without an uploaded signature), pkcs12, store or remote.</summary>
    public SigningProvider Provider { get; set; } = SigningProvider.None;

    public Pkcs12Options Pkcs12 { get; set; } = new();

    public StoreOptions Store { get; set; } = new();

    public RemoteSigningOptions Remote { get; set; } = new();

    /// <summary>PEM (or DER) files of the root certificates trusted for signatures, or folders of them.</summary>
    public List<string> TrustedRoots { get; set; } = [];

    /// <summary>Where Development generates its demo CA and office certificate at first start; empty elsewhere.</summary>
    public string? DemoFolder { get; set; }

    /// <summary>The font of the visible signature block: a TrueType file with Vietnamese glyphs (Times-like, as Decree 30 asks).</summary>
    public string Font { get; set; } = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf";

    public string BoldFont { get; set; } = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf";

    /// <summary>Where the signature is made, written in the signature dictionary (/Location).</summary>
    public string? Location { get; set; }
}

public enum SigningProvider
{
    None,
    Pkcs12,
    Store,
    Remote,
}

/// <summary>The unit's certificate and key in a PKCS#12 (.p12/.pfx) file; the password comes from the environment.</summary>
public sealed class Pkcs12Options
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}

/// <summary>A certificate with its private key in the operating system's store (CurrentUser\My by default), by thumbprint.</summary>
public sealed class StoreOptions
{
    public string? Thumbprint { get; set; }

    public System.Security.Cryptography.X509Certificates.StoreLocation Location { get; set; } =
        System.Security.Cryptography.X509Certificates.StoreLocation.CurrentUser;
}

/// <summary>
/// A CA's remote signing service (ký số từ xa, Decree 23/2025/NĐ-CP): one HTTP POST of JSON carrying a base64 SHA-256
/// hash, answered with JSON carrying the base64 signature. The field names, the authentication header and what comes
/// back differ by CA, so they are settings.
/// </summary>
public sealed class RemoteSigningOptions
{
    public Uri? Url { get; set; }

    /// <summary>The header that authenticates the office, e.g. Authorization; its value is a secret.</summary>
    public string AuthHeader { get; set; } = "Authorization";

    public string? AuthValue { get; set; }

    /// <summary>The request's field carrying the base64 hash.</summary>
    public string HashField { get; set; } = "hash";

    /// <summary>The answer's field carrying the base64 signature or CMS.</summary>
    public string SignatureField { get; set; } = "signature";

    /// <summary>
    /// signature: the service signs the hash of the signed attributes with the unit's key and returns the raw signature
    /// (PKCS#1 v1.5), the CMS is built here; cms: it gets the document's hash and returns the whole CMS (CAdES) itself.
    /// </summary>
    public RemoteAnswer Returns { get; set; } = RemoteAnswer.Signature;

    /// <summary>The unit's certificate as the CA issued it (PEM, its chain may follow): public, not a secret.</summary>
    public string? Certificate { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

public enum RemoteAnswer
{
    Signature,
    Cms,
}
