using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// One printable paper of a dossier: its kind in the URL, its file name, the button on the dossier
/// page, the event it reports (null: the receipt, which exists once the dossier is received) and
/// how it is filled in and printed.
/// </summary>
public sealed record DossierForm(string Kind, string FileName, Text Label, string? Event, Text Missing, Func<DossierPaper, DossierPdf, CancellationToken, Task<Outcome<byte[]>>> Print)
{
    /// <summary>A courtesy letter is sent for the procedures that <see cref="CourtesyLetters"/> lists only; null for the one-stop forms.</summary>
    public CourtesyLetter? Letter { get; init; }

    public bool AppliesTo(string procedureCode) => Letter is not { } letter || CourtesyLetters.For(procedureCode) == letter;

    public bool IsAvailable(string procedureCode, bool received, IEnumerable<string> eventTypes) =>
        AppliesTo(procedureCode) && (Event is null ? received : eventTypes.Contains(Event));
}

/// <summary>
/// The papers a dossier can have, filled in from its record: the one-stop forms (Mẫu 01–05 of Circular 01/2018/TT-VPCP,
/// their 2025 successors by date: see <see cref="FormEditions"/>) and the courtesy letters sent with some results.
/// Button labels name no form number, as the control sheet's changed in 2025.
/// </summary>
public static class DossierForms
{
    private const string Signs = "(Ký và ghi rõ họ tên)";

    public static readonly IReadOnlyList<DossierForm> All =
    [
        new("receipt", "giay-tiep-nhan", new("In giấy tiếp nhận, hẹn trả (Mẫu 01)", "Print the receipt (form 01)"), null,
            new("Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.", "The dossier has not been received yet, so it has no receipt."),
            (p, pdf, ct) => pdf.PrintAsync<Receipt, ReceiptDocument>(Receipt(p), p.Dossier.Code, ct)),
        new("supplement-request", "phieu-yeu-cau-bo-sung", new("In phiếu yêu cầu bổ sung (Mẫu 02)", "Print the supplement request (form 02)"), "request-supplement",
            new("Hồ sơ chưa từng bị yêu cầu bổ sung.", "No supplement has been requested for this dossier."),
            (p, pdf, ct) => pdf.PrintAsync<SupplementRequest, SupplementRequestDocument>(SupplementRequest(p), p.Dossier.Code, ct)),
        new("refusal", "phieu-tu-choi", new("In phiếu từ chối (Mẫu 03)", "Print the refusal (form 03)"), "refuse",
            new("Hồ sơ không bị từ chối.", "The dossier has not been refused."),
            (p, pdf, ct) => pdf.PrintAsync<Refusal, RefusalDocument>(Refusal(p), p.Dossier.Code, ct)),
        new("apology", "phieu-xin-loi", new("In văn bản xin lỗi (Mẫu 04)", "Print the apology letter (form 04)"), "apologize",
            new("Chưa có thư xin lỗi, hẹn lại cho hồ sơ này.", "No apology has been sent for this dossier."),
            (p, pdf, ct) => pdf.PrintAsync<Apology, ApologyDocument>(Apology(p), p.Dossier.Code, ct)),
        new("control-sheet", "phieu-kiem-soat", new("In phiếu kiểm soát", "Print the control sheet"), null,
            new("Hồ sơ chưa được tiếp nhận nên chưa có phiếu kiểm soát.", "The dossier has not been received yet, so it has no control sheet."),
            (p, pdf, ct) => pdf.PrintAsync<ProcessControlSheet, ControlSheetDocument>(ControlSheetForm.Fill(p), p.Dossier.Code, ct)),
        Courtesy(CourtesyLetter.MarriageCongratulation, "congratulation-marriage", "thu-chuc-mung-ket-hon", new("In thư chúc mừng kết hôn", "Print the marriage congratulation")),
        Courtesy(CourtesyLetter.BirthCongratulation, "congratulation-birth", "thu-chuc-mung-khai-sinh", new("In thư chúc mừng thành viên mới", "Print the new family member congratulation")),
        Courtesy(CourtesyLetter.Condolence, "condolence", "thu-chia-buon", new("In thư chia buồn", "Print the condolence letter")),
    ];

    public static DossierForm? Find(string kind) => All.FirstOrDefault(f => f.Kind == kind);

    /// <summary>A letter goes with the result: it exists once the result is issued, for the procedures that send it.</summary>
    private static DossierForm Courtesy(CourtesyLetter letter, string kind, string fileName, Text label) =>
        new(kind, fileName, label, DossierActions.Name(DossierAction.IssueResult),
            new("Kết quả chưa được ban hành nên chưa có thư này.", "The result has not been issued yet, so there is no letter."),
            (p, pdf, ct) => pdf.PrintAsync<Courtesy, CourtesyLetterDocument>(CourtesyLetterForm.Fill(p, letter), p.Dossier.Code, ct))
        {
            Letter = letter,
        };

    /// <summary>Issued by the desk, numbered with the dossier's sequence, dated at receipt (the receiving officer signs).</summary>
    private static ReceiptDocument Receipt(DossierPaper p)
    {
        var (dossier, received) = (p.Dossier, p.Dossier.ReceivedAt!.Value);
        var receivedBy = p.Latest(DossierActions.Name(DossierAction.Receive))?.ByUserName;
        return new ReceiptDocument(
            p.Header(p.Desk, "TNHS", received), dossier.Code, p.Desk.Name, p.Subject.Applicant, p.Procedure.Name,
            dossier.Components.Select(x => new Documents.Models.ReceivedComponent(x.Name, x.Originals, x.Copies)).ToList(),
            1, FeesOwed.Total(p.Procedure.Fees, dossier.ResultCopies, dossier.FeeExempt), dossier.Payments.Where(x => x.Online).Sum(x => x.Amount), CatalogLabels.TimeLimit(TimeLimitInfo.From(p.Procedure.TimeLimit)),
            received, dossier.RescheduledTo ?? dossier.DueAt!.Value, p.ResultDesk.Name,
            p.OfficerName(receivedBy ?? p.PrintedBy));
    }

    /// <summary>
    /// The reason of the latest request, one item per line or per ";", so that a request naming several
    /// papers lists each of them (the applicant must be told everything at once).
    /// </summary>
    private static SupplementRequestDocument SupplementRequest(DossierPaper p)
    {
        var request = p.Latest(DossierActions.Name(DossierAction.RequestSupplement))!;
        var items = (request.Note ?? string.Empty).Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new(p.Header(p.Desk, "YCBS", request.At), p.Subject, request.At, items, new("Người hướng dẫn", p.OfficerName(request.ByUserName), Signs));
    }

    /// <summary>At intake the receiving officer signs; after review the leader who refused does.</summary>
    private static RefusalDocument Refusal(DossierPaper p)
    {
        var refusal = p.Latest(DossierActions.Name(DossierAction.Refuse))!;
        var position = refusal.FromStatus == DossierStatus.Submitted ? "Người tiếp nhận hồ sơ" : "Lãnh đạo cơ quan giải quyết";
        return new(p.Header(p.Desk, "TCHS", refusal.At), p.Subject, refusal.At, refusal.Note ?? string.Empty, new(position, p.OfficerName(refusal.ByUserName), Signs));
    }

    /// <summary>
    /// Issued and signed by the unit that will be late (Decree 61/2018 art. 19), not by the desk; the
    /// appointment missed is the due time when the apology was made.
    /// </summary>
    private static ApologyDocument Apology(DossierPaper p)
    {
        var apology = p.Latest(DossierActions.Name(DossierAction.Apologize))!;
        return new(
            p.Header(p.Unit, "XLHS", apology.At), p.Subject, p.Unit.Name, p.Dossier.ReceivedAt!.Value, apology.DueAt ?? p.Dossier.DueAt!.Value,
            apology.Note ?? string.Empty, p.Dossier.RescheduledTo,
            new("Thủ trưởng đơn vị", p.OfficerName(apology.ByUserName), "(Ký, ghi rõ họ tên và đóng dấu)"));
    }
}
