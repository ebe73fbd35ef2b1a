using System.Text.Json.Serialization;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The body of <c>POST {NationalPortal:Http:Url}</c>: dossier statuses, at most a batch. An empty list asks only whether
/// the portal is there and accepts the caller (the connection's test).
/// </summary>
public sealed record PortalBatch([property: JsonPropertyName("data")] IReadOnlyList<DossierStatusMessage> Data);

/// <summary>
/// The portal's answer to a batch: <c>error_code</c> 0 when the batch was read, and one answer per message. Any other
/// code, or an HTTP status other than 2xx, means the batch was not taken and is sent again later.
/// </summary>
public sealed record PortalBatchAnswer(
    [property: JsonPropertyName("error_code")] int ErrorCode,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("data")] IReadOnlyList<PortalMessageAnswer>? Data);

/// <summary>
/// The portal's word on one message, named by its code and version: <c>KetQua</c> <c>accepted</c> with the portal's
/// reference (<c>MaTiepNhan</c>), or <c>rejected</c> with the reason (<c>LyDo</c>). A message sent again gets the answer
/// the first one got.
/// </summary>
public sealed record PortalMessageAnswer(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("PhienBan")] int Version,
    [property: JsonPropertyName("KetQua")] string Result,
    [property: JsonPropertyName("MaTiepNhan")] string? AckId,
    [property: JsonPropertyName("LyDo")] string? Reason)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}

/// <summary>The token service's answer to the OAuth 2.0 client-credentials grant (RFC 6749 §4.4.3).</summary>
public sealed record PortalTokenAnswer(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
