using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

public sealed record PublicDossier(string Code, string Status, string ProcedureName, string ApplicantName, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? RescheduledTo, string CurrentUnit, bool CanRate);

/// <summary>
/// Tra cứu hồ sơ without an account (API.md): status, procedure, dates and the unit holding it,
/// with the applicant's name masked (Decree 13/2023 on personal data) and nothing else personal.
/// </summary>
public sealed class PublicLookup(MotCuaDbContext db)
{
    public async Task<Outcome<PublicDossier>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == code)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, Procedure = p.Name })
            .Join(db.Units, x => x.Dossier.CurrentUnitId, u => u.Id, (x, u) => new { x.Dossier, x.Procedure, Unit = u.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(DossierAccess.DossierNoun, code);
        }

        var offset = WorkingCalendar.VietnamOffset;
        return new PublicDossier(
            found.Dossier.Code, DossierStatusNames.Of(found.Dossier.Status), found.Procedure, PersonName.Mask(found.Dossier.Applicant.FullName),
            found.Dossier.ReceivedAt?.ToOffset(offset), found.Dossier.DueAt?.ToOffset(offset), found.Dossier.RescheduledTo?.ToOffset(offset), found.Unit, Rating.CanRate(found.Dossier.Status, found.Dossier.Rating));
    }
}
