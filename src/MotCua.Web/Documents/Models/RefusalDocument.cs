namespace MotCua.Web.Documents.Models;

/// <summary>Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03 of Circular 01/2018/TT-VPCP): the refusal and its reason.</summary>
public sealed record RefusalDocument(DocumentHeader Header, DossierSubject Dossier, DateTimeOffset RefusedAt, string Reason, Signature Officer);
