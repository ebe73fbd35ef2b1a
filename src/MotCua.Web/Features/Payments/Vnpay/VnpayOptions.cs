using MotCua.Web.Common;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// Section "Payments:Vnpay": the merchant's connection as VNPAY issues it. <see cref="HashSecret"/> comes from the
/// environment (<c>Payments__Vnpay__HashSecret</c>), never from a file in the repository. A relative URL is a path on
/// this site's public address: always so for <see cref="ReturnUrl"/>, for the gateway's URLs only while the stand-in runs.
/// </summary>
public sealed class VnpayOptions
{
    /// <summary>Where the citizen's browser pays: https://pay.vnpay.vn/vpcpay.html, or the sandbox's.</summary>
    public string PaymentUrl { get; set; } = "";

    /// <summary>The merchant API (querydr, refund): https://merchant.vnpay.vn/merchant_webapi/api/transaction, or the sandbox's.</summary>
    public string ApiUrl { get; set; } = "";

    /// <summary>vnp_TmnCode, the merchant's terminal code.</summary>
    public string TmnCode { get; set; } = "";

    public string HashSecret { get; set; } = "";

    /// <summary>Where VNPAY sends the citizen back: this site's page, on its public address unless set otherwise.</summary>
    public string ReturnUrl { get; set; } = "/thanh-toan/vnpay/tra-ve";

    /// <summary>The address the merchant API calls leave from (vnp_IpAddr of querydr and refund).</summary>
    public string ServerIp { get; set; } = "127.0.0.1";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public VnpayStandInOptions StandIn { get; set; } = new();

    public const string Requirement =
        "Payments:Provider=vnpay needs Payments:Vnpay:TmnCode, HashSecret (from the environment), and absolute http(s) PaymentUrl and ApiUrl, and a ReturnUrl that is absolute http(s) or a path of this site.";

    public bool IsValid => TmnCode.Length > 0 && HashSecret.Length > 0 && new[] { PaymentUrl, ApiUrl }.All(u => PublicAddress.IsRelative(u) ? StandIn.Enabled : IsHttp(u))
        && (PublicAddress.IsRelative(ReturnUrl) || IsHttp(ReturnUrl));

    private static bool IsHttp(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>
/// Section "Payments:Vnpay:StandIn": Development's VNPAY, served by this application under <see cref="VnpayStandIn.Root"/>,
/// speaking the same protocol (signed redirects, IPN, querydr, refund). A <see cref="Common.StandIn"/>: Production refuses it.
/// </summary>
public sealed class VnpayStandInOptions
{
    public bool Enabled { get; set; }

    /// <summary>The merchant's IPN URL, which a real merchant gives VNPAY when registering.</summary>
    public string IpnUrl { get; set; } = "/api/v1/payments/vnpay/ipn";
}
