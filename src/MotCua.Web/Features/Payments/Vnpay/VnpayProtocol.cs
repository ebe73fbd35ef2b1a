using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using MotCua.Domain.Calendar;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// The signing rules of the VNPAY payment gateway, version 2.1.0 (sandbox.vnpayment.vn/apis/docs), shared by the
/// product and its local stand-in so that both sides sign and check alike. A redirect or a notification is signed over
/// its parameters sorted by name, each name and value URL-encoded, joined as a query string; the merchant API
/// (querydr, refund) over chosen fields joined with "|". Both with HMAC-SHA512 under the merchant's hash secret, in hex.
/// </summary>
public static class VnpayProtocol
{
    public const string Version = "2.1.0";

    public const string SecureHash = "vnp_SecureHash";

    /// <summary>Sent by versions before 2.1.0, never covered by the signature.</summary>
    public const string SecureHashType = "vnp_SecureHashType";

    /// <summary>vnp_ResponseCode and vnp_TransactionStatus of a transaction that went through.</summary>
    public const string Success = "00";

    /// <summary>The string a redirect or a notification signs: its vnp_ parameters but the hash, by name, encoded.</summary>
    public static string Canonical(IEnumerable<KeyValuePair<string, string>> parameters) => string.Join('&', parameters
        .Where(p => p.Key.StartsWith("vnp_", StringComparison.Ordinal) && p.Key is not (SecureHash or SecureHashType) && p.Value.Length > 0)
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => WebUtility.UrlEncode(p.Key) + "=" + WebUtility.UrlEncode(p.Value)));

    public static string Sign(string data, string secret) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data)));

    /// <summary>The query string of a signed redirect: the canonical string with its hash appended.</summary>
    public static string SignedQuery(IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var canonical = Canonical(parameters);
        return canonical + "&" + SecureHash + "=" + Sign(canonical, secret);
    }

    /// <summary>Whether parameters received (already URL-decoded) carry the hash of the merchant's secret.</summary>
    public static bool Verify(IEnumerable<KeyValuePair<string, string>> parameters, string secret)
    {
        var list = parameters.ToList();
        var hash = list.FirstOrDefault(p => p.Key == SecureHash).Value;
        return hash is { Length: > 0 } && Matches(Sign(Canonical(list), secret), hash);
    }

    /// <summary>The checksum of a merchant API message: its fields in the documented order, joined with "|".</summary>
    public static string Checksum(IEnumerable<string?> fields, string secret) => Sign(string.Join('|', fields.Select(f => f ?? "")), secret);

    public static bool Matches(string expected, string? received) =>
        received is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(received.ToLowerInvariant()));

    /// <summary>Dates travel as yyyyMMddHHmmss in Vietnam time (GMT+7).</summary>
    public static string Date(DateTimeOffset at) => at.ToOffset(WorkingCalendar.VietnamOffset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTime.TryParseExact(text, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, WorkingCalendar.VietnamOffset)
            : null;

    /// <summary>Amounts travel in hundredths of a đồng, without separators.</summary>
    public static string Amount(long dong) => (dong * 100).ToString(CultureInfo.InvariantCulture);

    public static long? ParseAmount(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var hundredths) && hundredths % 100 == 0 ? hundredths / 100 : null;
}
