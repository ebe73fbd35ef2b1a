namespace MotCua.Web.Documents.Models;

/// <summary>
/// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02 of Circular 01/2018/TT-VPCP): everything the
/// applicant must add, listed once and in full (Decree 61/2018 art. 15), so that one visit is enough.
/// </summary>
public sealed record SupplementRequestDocument(DocumentHeader Header, DossierSubject Dossier, DateTimeOffset RequestedAt, IReadOnlyList<string> Items, Signature Officer);
