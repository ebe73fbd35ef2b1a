namespace MotCua.Web.Documents.Models;

/// <summary>
/// Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04 of Circular 01/2018/TT-VPCP; from 1 July 2025 Văn bản xin lỗi
/// và đề nghị gia hạn thời gian giải quyết, Mẫu 04 of Circular 03/2025/TT-VPCP): the appointment that will be missed,
/// why, and the new one, from the unit that causes the delay, signed by its head. <see cref="NewDueAt"/> is null for an
/// apology imported from a previous system that did not record it: the letter leaves it to be written in by hand.
/// </summary>
public sealed record ApologyDocument(
    DocumentHeader Header,
    DossierSubject Dossier,
    string Unit,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string Reason,
    DateTimeOffset? NewDueAt,
    Signature Leader);
