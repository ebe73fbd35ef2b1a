using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// <see cref="CurrentUnit"/> is where the dossier is (or was last) handled; <see cref="BeingProcessed"/> says whether the
/// office still works on it. <see cref="AmountOwed"/>: fees owed for what was asked, less what was paid (VND).
/// </summary>
public sealed record PublicDossier(string Code, string Status, string ProcedureName, string ApplicantName, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt, DateTimeOffset? RescheduledTo, string CurrentUnit, bool CanRate,
    string StatusText, bool BeingProcessed, long AmountOwed, IReadOnlyList<PublicStep> Timeline);

/// <summary>
/// Tra cứu hồ sơ without an account (API.md): status in words, procedure, dates, the unit holding it, what is left to
/// pay and the public steps, with the applicant's name masked (Decree 13/2023 on personal data) and nothing else personal.
/// </summary>
public sealed class PublicLookup(MotCuaDbContext db)
{
    public async Task<Outcome<PublicDossier>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.Dossiers.AsNoTracking()
            .Where(d => d.Code == code)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, Procedure = p.Name, p.Fees })
            .Join(db.Units, x => x.Dossier.CurrentUnitId, u => u.Id, (x, u) => new { x.Dossier, x.Procedure, x.Fees, Unit = u.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(DossierAccess.DossierNoun, code);
        }

        var offset = WorkingCalendar.VietnamOffset;
        var d = found.Dossier;
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == d.Id).OrderBy(e => e.Sequence).Select(e => new { e.Type, e.At }).ToListAsync(ct);
        return new PublicDossier(
            d.Code, DossierStatusNames.Of(d.Status), found.Procedure, PersonName.Mask(d.Applicant.FullName),
            d.ReceivedAt?.ToOffset(offset), d.DueAt?.ToOffset(offset), d.RescheduledTo?.ToOffset(offset), found.Unit, Rating.CanRate(d.Status, d.Rating),
            PublicTimeline.State(d.Status), PublicTimeline.BeingProcessed(d.Status),
            d.Unpaid(found.Fees),
            PublicTimeline.Of(events.Select(e => (e.Type, e.At.ToOffset(offset)))));
    }
}
