using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>An officer who saw the dossier's data, as its applicant is shown him: name, unit, what he did and when.</summary>
public sealed record DossierReader(DateTimeOffset At, PersonalDataAction Action, string OfficerFullName, string? OfficerUnit);

/// <summary>
/// GET /api/v1/citizens/me/dossiers/{code}/accesses, /cong-dan/ho-so/{code}/nguoi-xem: who read the citizen's dossier
/// (Decree 13/2023/NĐ-CP, the data subject's right to know how his data is processed), newest first, exports it was in
/// included. The officer's address and browser stay with the office: they are the officer's data, not the citizen's.
/// Another citizen's dossier answers 404, as an unknown code would.
/// </summary>
public sealed class ListDossierReaders(MotCuaDbContext db, CurrentCitizen me)
{
    public async Task<Outcome<Paged<DossierReader>>> HandleAsync(string code, PageRequest page, CancellationToken ct)
    {
        var id = await db.Dossiers.Where(d => d.Code == code && d.CitizenId == me.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (id is not { } dossierId)
        {
            return Error.NotFound(DossierAccess.DossierNoun, code);
        }

        var entries = db.AccessesOf(dossierId);
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(a => new { a.At, a.Action, a.OfficerFullName, a.OfficerUnitId }).ToListAsync(ct);
        var unitIds = rows.Where(r => r.OfficerUnitId != null).Select(r => r.OfficerUnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var items = rows.Select(r => new DossierReader(
            r.At.ToOffset(WorkingCalendar.VietnamOffset), r.Action, r.OfficerFullName, r.OfficerUnitId is { } unit ? units.GetValueOrDefault(unit) : null)).ToList();
        return new Paged<DossierReader>(items, page.Page, page.PageSize, total);
    }
}
