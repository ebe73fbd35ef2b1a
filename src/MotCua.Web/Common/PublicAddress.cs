namespace MotCua.Web.Common;

/// <summary>
/// The one address citizens reach the site at (<c>Site:PublicAddress</c>), on which every absolute link the site hands
/// out is built: the QR code and link of a printed paper, the payment gateway's way back, the SMS stand-in's receipts.
/// Configured, never guessed from the request or the listening socket: behind a reverse proxy both name an inside host,
/// and a paper or an SMS outlives the request. Every environment refuses to start without it (Development has it from
/// appsettings.Development.json, or from run.sh).
/// </summary>
public sealed class PublicAddress
{
    public const string Key = "Site:PublicAddress";

    /// <summary>The name the setting had when only printed papers used it; deployments that set it keep working.</summary>
    public const string FormerKey = "Documents:PublicBaseUrl";

    public PublicAddress(IConfiguration configuration)
    {
        var value = configuration[Key] is { Length: > 0 } configured ? configured : configuration[FormerKey];
        if (!Uri.TryCreate(value, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException(
                $"Không khởi động được: thiếu địa chỉ công khai của trang ({Key}, biến môi trường Site__PublicAddress) hoặc đó không phải " +
                $"địa chỉ http(s) đầy đủ, ví dụ https://dichvucong.tinh.gov.vn/. / Refusing to start: the site's public address ({Key}, " +
                $"environment variable Site__PublicAddress) is missing or not an absolute http(s) address, e.g. https://dichvucong.tinh.gov.vn/. " +
                $"It was: '{value}'.");
        }

        // Without a trailing slash a base path would be replaced, not extended, by the links built on it.
        Root = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }

    public Uri Root { get; }

    /// <summary>A path of this site ("/…"), which <see cref="Uri"/> would take for a file on Unix.</summary>
    public static bool IsRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>A path of this site on its public address; an absolute URL (another site's) as it is.</summary>
    public Uri Resolve(string url) => IsRelative(url) ? new Uri(Root, url[1..]) : new Uri(url, UriKind.Absolute);

    /// <summary>The public lookup page of a dossier, where its receipt's QR code and its messages lead.</summary>
    public Uri Lookup(string dossierCode) => new(Root, "tra-cuu/" + Uri.EscapeDataString(dossierCode));
}

public static class PublicAddressSetup
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services) => services.AddSingleton<PublicAddress>();

    /// <summary>Resolved once at start, so that a missing address stops the application before it touches the database or serves anything.</summary>
    public static void RequirePublicAddress(this WebApplication app) => app.Services.GetRequiredService<PublicAddress>();
}
