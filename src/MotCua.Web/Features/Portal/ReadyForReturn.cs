using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Portal;

public sealed record ReadyDossier(string Code, string ApplicantName, string ProcedureName, DateTimeOffset? DueAt);

/// <summary>
/// Kết quả đã có, mời nhận: the dossiers of a unit whose result waits at the desk, for the screen in the waiting room.
/// Public, so names are masked as in the lookup; oldest appointment first, as those people have waited longest.
/// </summary>
public sealed class ReadyForReturn(MotCuaDbContext db)
{
    public const int Shown = 50;

    public async Task<Outcome<IReadOnlyList<ReadyDossier>>> HandleAsync(string unitCode, CancellationToken ct)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode && u.IsActive).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null)
        {
            return Error.NotFound(new("đơn vị", "Unit"), unitCode);
        }

        var rows = await db.Dossiers.AsNoTracking()
            .Where(d => d.UnitId == unitId && d.Status == DossierStatus.ResultIssued)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { d.Code, d.Applicant.FullName, p.Name, d.DueAt })
            .OrderBy(r => r.DueAt).Take(Shown).ToListAsync(ct);
        return rows.Select(r => new ReadyDossier(r.Code, PersonName.Mask(r.FullName), r.Name, r.DueAt?.ToOffset(WorkingCalendar.VietnamOffset))).ToList();
    }
}
