using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01) of a received dossier, as PDF: issued by the
/// one-stop desk of the resolving unit, numbered with the dossier's sequence, dated at receipt.
/// </summary>
public sealed class PrintReceipt(MotCuaDbContext db, DossierPermissions permissions, DossierPdf pdf)
{
    public async Task<Outcome<byte[]>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error!;
        }

        var dossier = found.Value;
        if (dossier.ReceivedAt is not { } received || dossier.DueAt is not { } due)
        {
            return Error.Conflict(new("Hồ sơ chưa được tiếp nhận nên chưa có giấy tiếp nhận.", "The dossier has not been received yet, so it has no receipt."));
        }

        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var unit = units[dossier.UnitId];
        var desk = unit.OneStopDeskId is { } deskId ? units[deskId] : unit;
        var receivedBy = await db.DossierEvents.AsNoTracking()
            .Where(e => e.DossierId == dossier.Id && e.Type == "receive")
            .Join(db.Officers, e => e.ByUserName, o => o.UserName, (e, o) => o.FullName)
            .FirstOrDefaultAsync(ct);
        var day = DateOnly.FromDateTime(received.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var number = DossierCode.TryParse(dossier.Code, out var parsed) ? parsed.Sequence.ToString("D4", CultureInfo.InvariantCulture) : dossier.Code;
        var document = new ReceiptDocument(
            new DocumentHeader(OfficialNames.Governing(unit), OfficialNames.Issuing(desk), $"{number}/TNHS", OfficialNames.Place(unit, units), day),
            dossier.Code,
            desk.Name,
            new ReceiptApplicant(dossier.Applicant.FullName, dossier.Applicant.Address ?? string.Empty, dossier.Applicant.Phone ?? string.Empty, dossier.Applicant.Email),
            procedure.Name,
            dossier.Components.Select(x => new Documents.Models.ReceivedComponent(x.Name, x.Originals, x.Copies)).ToList(),
            1,
            procedure.Fees.Sum(f => f.Amount),
            CatalogLabels.TimeLimit(TimeLimitInfo.From(procedure.TimeLimit)),
            received,
            dossier.RescheduledTo ?? due,
            desk.Name,
            receivedBy ?? permissions.UserName);
        return await pdf.PrintAsync<Documents.Templates.Receipt, ReceiptDocument>(document, dossier.Code, ct);
    }
}
