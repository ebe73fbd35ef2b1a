using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Integrity;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>How a change to a dossier is saved with its event: numbered after the last one, refused if someone else got there first.</summary>
public static class DossierWrites
{
    /// <summary>
    /// The next number of the dossier's history: after its chain's head, so that a number deleted in the database is
    /// never given again. Two officers acting at once get the same number; the unique (dossier, sequence) index, the
    /// head and the dossier's version then refuse the second save.
    /// </summary>
    public static async Task<int> NextEventSequenceAsync(this MotCuaDbContext db, Dossier dossier, CancellationToken ct) =>
        await db.ChainHeads.Where(h => h.Key == ChainedLog.DossierChain(dossier.Id)).Select(h => h.Length).FirstOrDefaultAsync(ct) + 1;

    /// <summary>Saves; null when saved, a 409 when the dossier changed meanwhile.</summary>
    public static async Task<Error?> SaveDossierAsync(this MotCuaDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            return Error.Conflict(new("Hồ sơ vừa được người khác cập nhật; vui lòng tải lại và thử lại.", "Someone else just changed the dossier; reload and try again."));
        }
    }
}
