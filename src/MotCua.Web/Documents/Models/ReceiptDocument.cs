namespace MotCua.Web.Documents.Models;

/// <summary>
/// What the receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01 of Circular
/// 01/2018/TT-VPCP) shows. Instants are stored as given and printed in Vietnam time.
/// </summary>
public sealed record ReceiptDocument(
    DocumentHeader Header,
    string DossierCode,
    string ReceivingDesk,
    ReceiptApplicant Applicant,
    string ProcedureName,
    IReadOnlyList<ReceivedComponent> Components,
    int DossierSets,
    decimal Fee,
    long PaidOnline,
    string TimeLimit,
    DateTimeOffset ReceivedAt,
    DateTimeOffset DueAt,
    string ResultPlace,
    string ReceivingOfficer);

public sealed record ReceiptApplicant(string Name, string Address, string Phone, string? Email);

/// <summary>A paper received: how many originals (bản chính) and copies (bản sao).</summary>
public sealed record ReceivedComponent(string Name, int Originals, int Copies);
