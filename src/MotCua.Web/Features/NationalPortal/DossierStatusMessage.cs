using System.Text.Json.Serialization;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// One dossier's status as the national portal records it (đồng bộ trạng thái hồ sơ), named as its status
/// synchronization names the fields; no personal data beyond what the portal already holds by the code. A message
/// may arrive twice (a node may stop between sending and recording it): the code and version identify it.
/// </summary>
public sealed record DossierStatusMessage(
    [property: JsonPropertyName("MaHoSo")] string Code,
    [property: JsonPropertyName("PhienBan")] int Version,
    [property: JsonPropertyName("MaTTHC")] string ProcedureCode,
    [property: JsonPropertyName("MaCoQuan")] string AgencyCode,
    [property: JsonPropertyName("KenhNop")] string Channel,
    [property: JsonPropertyName("TrangThai")] string Status,
    [property: JsonPropertyName("NgayNop")] DateTimeOffset SubmittedAt,
    [property: JsonPropertyName("NgayTiepNhan")] DateTimeOffset? ReceivedAt,
    [property: JsonPropertyName("NgayHenTra")] DateTimeOffset? DueAt,
    [property: JsonPropertyName("NgayKetThuc")] DateTimeOffset? EndedAt);
