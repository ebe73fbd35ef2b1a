namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// Section "NationalPortal": how dossier statuses reach the national public service portal (Cổng Dịch vụ công quốc
/// gia). <c>Adapter</c> is <c>none</c> unless configured, so that an installation without a connection claims no
/// synchronization in indicator 1.4; <c>http</c> sends them to the portal's status service (<see cref="Endpoint"/>), which
/// acknowledges each; <c>file</c> writes them to <c>Folder</c> for an operator to carry offline, and counts nothing.
/// </summary>
public sealed class NationalPortalOptions
{
    public const string None = "none";
    public const string File = "file";
    public const string Http = "http";

    public string Adapter { get; set; } = None;

    public string Folder { get; set; } = "national-portal";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    public int Batch { get; set; } = 200;

    /// <summary>The wait after a change's first failed send; it doubles with each failure, up to <see cref="MaxRetryAfter"/>.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Section "NationalPortal:Http" (named apart from the <see cref="Http"/> adapter's name).</summary>
    [Microsoft.Extensions.Configuration.ConfigurationKeyName("Http")]
    public NationalPortalHttpOptions Endpoint { get; set; } = new();

    /// <summary>When the next send of a change that failed <paramref name="attempts"/> times in a row may be tried.</summary>
    public TimeSpan BackOff(int attempts) =>
        TimeSpan.FromTicks((long)Math.Min(MaxRetryAfter.Ticks, RetryAfter.Ticks * Math.Pow(2, Math.Max(0, attempts - 1))));
}

/// <summary>
/// Section "NationalPortal:Http": the portal's status service (in a province, usually reached through its integration
/// platform, LGSP). Authentication by a bearer token — a fixed one (<see cref="Token"/>) or one obtained with the OAuth 2.0
/// client-credentials grant from <see cref="TokenUrl"/> — or by a client certificate (mutual TLS), or both. Secrets
/// come from the environment, never from a file in the repository.
/// </summary>
public sealed class NationalPortalHttpOptions
{
    public string Url { get; set; } = "";

    public string? TokenUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? Token { get; set; }

    public ClientCertificateOptions ClientCertificate { get; set; } = new();

    /// <summary>How long one request may take before it is given up (and the change tried again later).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesTokenService => !string.IsNullOrEmpty(TokenUrl);

    public bool IsValid =>
        Uri.TryCreate(Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && Timeout > TimeSpan.Zero
        && (!UsesTokenService || (Uri.IsWellFormedUriString(TokenUrl, UriKind.Absolute) && !string.IsNullOrEmpty(ClientId) && !string.IsNullOrEmpty(ClientSecret)))
        && (UsesTokenService || !string.IsNullOrEmpty(Token) || !string.IsNullOrEmpty(ClientCertificate.Path));
}

public sealed class ClientCertificateOptions
{
    /// <summary>A PKCS#12 file holding the unit's certificate and its key.</summary>
    public string? Path { get; set; }

    public string? Password { get; set; }
}
