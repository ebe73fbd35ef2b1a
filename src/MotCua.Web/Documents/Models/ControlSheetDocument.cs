using MotCua.Domain.Dossiers;

namespace MotCua.Web.Documents.Models;

/// <summary>
/// Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05 of Circular 01/2018/TT-VPCP, Mẫu 06 of Circular 03/2025/TT-VPCP): one row per
/// hand-over between officers or units, so that a late dossier shows where the time went.
/// </summary>
public sealed record ControlSheetDocument(DocumentHeader Header, DossierSubject Dossier, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, IReadOnlyList<HandOver> HandOvers);

/// <summary>One step handed on: by whom to whom, when (null while pending), by when, and how that compares.</summary>
public sealed record HandOver(string Step, string From, string To, DateTimeOffset? At, DateTimeOffset? DueAt, Timeliness? Result);
