using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// GET /api/v1/citizens/me/dossiers/{code}/result: the electronic result the officer issued, for the citizen whose
/// dossier it is (409 before it is issued); anyone else's dossier answers 404, as an unknown code would.
/// </summary>
public sealed class DownloadMyResult(MotCuaDbContext db, CurrentCitizen me, DownloadAttachment download)
{
    public async Task<Outcome<FileDownload>> HandleAsync(string code, CancellationToken ct)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code && d.CitizenId == me.Id, ct);
        return dossier is null ? Error.NotFound(DossierAccess.DossierNoun, code) : await download.ResultOfAsync(dossier, ct);
    }
}
