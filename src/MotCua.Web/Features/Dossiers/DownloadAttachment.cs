using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// GET /api/v1/dossiers/{code}/attachments/{id}, and the result file as the document of kind <c>result</c>: the
/// bytes from the file store, for officers who see the dossier (404 for the others, as for the dossier itself).
/// </summary>
public sealed class DownloadAttachment(MotCuaDbContext db, DossierPermissions permissions, IFileStore store, PersonalDataLog log)
{
    /// <summary>The kind of <c>GET …/documents/{kind}</c> that answers the result file rather than a printed paper.</summary>
    public const string ResultDocument = "result";

    public async Task<Outcome<FileDownload>> HandleAsync(string code, Guid id, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var attachment = await db.DossierAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == found.Value.Id && a.Id == id, ct);
        return attachment is null ? Error.NotFound(new("tệp đính kèm", "Attachment"), id.ToString()) : await LoggedAsync(found.Value, await ReadAsync(attachment, ct), ct);
    }

    /// <summary>The signed result, for an officer; 409 before the result is issued, 404 when it was issued on paper without its file.</summary>
    public async Task<Outcome<FileDownload>> ResultAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var result = await ResultOfAsync(found.Value, ct);
        return result.Failed ? result : await LoggedAsync(found.Value, result.Value, ct);
    }

    /// <summary>The same for a dossier the caller was already found to own (a citizen's own dossier).</summary>
    public async Task<Outcome<FileDownload>> ResultOfAsync(Dossier dossier, CancellationToken ct)
    {
        // A dossier's result is issued once (the workflow has no way back to issuing), so there is one file at most.
        var result = await db.DossierAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.DossierId == dossier.Id && a.ComponentName == null, ct);
        if (result is not null)
        {
            return await ReadAsync(result, ct);
        }

        return dossier.Status is DossierStatus.ResultIssued or DossierStatus.Returned
            ? Error.NotFound(new("tệp kết quả của hồ sơ", "The result file of dossier"), dossier.Code)
            : Error.Conflict(new("Hồ sơ chưa ban hành kết quả nên chưa có tệp kết quả.", "The dossier's result has not been issued, so there is no result file."));
    }

    /// <summary>An officer's download, logged; the citizen's own (<see cref="ResultOfAsync"/>) is not a read by someone else.</summary>
    private async Task<FileDownload> LoggedAsync(Dossier dossier, FileDownload file, CancellationToken ct)
    {
        await log.DossierAsync(dossier, PersonalDataAction.Downloaded, file.FileName, ct);
        return file;
    }

    private Task<FileDownload> ReadAsync(DossierAttachment attachment, CancellationToken ct) => store.DownloadAsync(attachment.File, ct);
}
