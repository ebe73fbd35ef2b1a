using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Documents;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// GET /api/v1/dossiers/{code}/documents/{kind}: one of the papers of <see cref="DossierForms"/>.
/// An unknown kind is 404; a paper about something that has not happened to the dossier (a refusal
/// of a dossier not refused) is 409, as asking for it in that state is the mistake; so is a courtesy
/// letter that the dossier's procedure does not send (a condolence for a birth). The kind <c>result</c> is not
/// printed: it is the signed file uploaded with the result (<see cref="DownloadAttachment.ResultAsync"/>).
/// </summary>
public sealed class PrintDocument(MotCuaDbContext db, DossierPermissions permissions, CalendarSource calendars, DossierPdf pdf, DownloadAttachment attachments, PersonalDataLog log)
{
    public async Task<Outcome<FileDownload>> HandleAsync(string code, string kind, CancellationToken ct)
    {
        if (kind == DownloadAttachment.ResultDocument)
        {
            return await attachments.ResultAsync(code, ct);
        }

        if (DossierForms.Find(kind) is not { } form)
        {
            return Error.NotFound(new("loại giấy tờ", "Document kind"), kind);
        }

        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var paper = await DossierPaper.LoadAsync(db, found.Value, permissions.UserName, calendars, ct);
        if (!form.AppliesTo(paper.Procedure.Code))
        {
            return Error.Conflict(new("Thủ tục của hồ sơ này không có thư này.", "The procedure of this dossier does not send this letter."));
        }

        if (!form.IsAvailable(paper.Procedure.Code, paper.Dossier.ReceivedAt is not null, paper.Events.Select(e => e.Type)))
        {
            return Error.Conflict(form.Missing);
        }

        var signed = await form.Print(paper, pdf, ct);
        if (signed.Failed)
        {
            return signed.Error;
        }

        var printed = new FileDownload(signed.Value, "application/pdf", $"{form.FileName}-{code}.pdf") { Inline = true };
        await log.DossierAsync(found.Value, PersonalDataAction.Printed, printed.FileName, ct);
        return printed;
    }
}
