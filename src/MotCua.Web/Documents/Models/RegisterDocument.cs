namespace MotCua.Web.Documents.Models;

/// <summary>
/// Sổ theo dõi hồ sơ (Mẫu 06 of Circular 01/2018/TT-VPCP): the dossiers a unit received in a period,
/// one row each in receipt order. Kept by the unit, so its header has no number.
/// </summary>
public sealed record RegisterDocument(DocumentHeader Header, string Unit, DateOnly From, DateOnly To, IReadOnlyList<RegisterRow> Rows);

/// <summary>
/// One dossier in the register: who asked for what, when it was received and is due, the units that
/// handled it, when it ended and was handed back, its state now and a note (timeliness, apology).
/// </summary>
public sealed record RegisterRow(
    int Number,
    string Code,
    string ProcedureName,
    string ApplicantName,
    string AddressAndPhone,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt,
    string PassedThrough,
    DateTimeOffset? EndedAt,
    DateTimeOffset? ReturnedAt,
    string Status,
    string Note);
