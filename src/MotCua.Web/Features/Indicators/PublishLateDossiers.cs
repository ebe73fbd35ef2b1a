using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Indicators;

/// <summary>GET /api/v1/public/late-dossiers: a unit (with the units under it) and a month or week (this month when absent).</summary>
public sealed record PublicLateQuery(string? UnitCode, string? Period);

/// <summary>
/// One late dossier as published: the applicant's name masked, the procedure, the due and end instants, the working
/// days late (working hours over the unit's working day, rounded up) and when the apology was sent, if it was.
/// </summary>
public sealed record PublicLateDossier(
    string Code, string Applicant, string ProcedureName, DateTimeOffset DueAt, DateTimeOffset? ResolvedAt, decimal WorkingDaysLate, DateTimeOffset? ApologizedAt);

public sealed record PublicLateDossiers(string UnitCode, string UnitName, string Period, DateOnly From, DateOnly To, int Total, IReadOnlyList<PublicLateDossier> Dossiers);

/// <summary>
/// Công khai hồ sơ trễ hạn (seeds 000 and 001: publish the late dossiers and the apologies): the leaders' late list of
/// a unit for a period (<see cref="ListLateDossiers"/>), without officers or the step where the time was lost, and
/// with nothing personal but a masked name.
/// </summary>
public sealed class PublishLateDossiers(MotCuaDbContext db, ListLateDossiers late, CalendarSource calendars, TimeProvider clock)
{
    public async Task<Outcome<PublicLateDossiers>> HandleAsync(PublicLateQuery query, CancellationToken ct)
    {
        var period = IndexPeriod.Published(query.Period, DossierPeriod.Today(clock));
        if (period.Failed)
        {
            return period.Error;
        }

        var found = await db.FindAsync(query.UnitCode, "unitCode", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;
        var rows = await late.OfUnitAsync(unit.Id, period.Value.From, period.Value.To, ct);
        var codes = rows.Select(r => r.Code).ToList();
        var names = await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, d => d.Applicant.FullName, ct);
        var perDay = (decimal)(await calendars.ForUnitAsync(unit.Id, ct)).Hours.PerDay.TotalHours;
        return new PublicLateDossiers(
            unit.Code, unit.Name, period.Value.Key, period.Value.From, period.Value.To, rows.Count,
            [
                .. rows.Select(r => new PublicLateDossier(
                    r.Code, PersonName.Mask(names[r.Code]), r.ProcedureName, r.DueAt, r.ResolvedAt,
                    Math.Ceiling(r.HoursLate / perDay), r.Apology?.At.ToOffset(WorkingCalendar.VietnamOffset))),
            ]);
    }
}
