using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// GET /api/v1/reports/{form}/submissions?parentUnitCode=&amp;period= (REPORTS.md §6): for a unit in the officer's
/// scope and a period, each direct sub-unit's state with its deadline (seed 001: the 17th of the last month for
/// communes and divisions, the 19th for a district), and who is late; for the unit's overseers only.
/// </summary>
public sealed class ListSubmissions(MotCuaDbContext db, ReportSubjects subjects, DossierPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<SubmissionBoard>> HandleAsync(string form, string? parentUnitCode, string? period, CancellationToken ct)
    {
        var subject = await subjects.ResolveAsync(form, ReportQuery.Official(parentUnitCode, period), ct);
        if (subject.Failed)
        {
            return subject.Error;
        }

        var overseen = await permissions.OverseenAsync(subject.Value.Unit, ct);
        if (overseen.Failed)
        {
            return overseen.Error;
        }

        var (formCode, periodCode) = (subject.Value.Form.Code, subject.Value.Period.Code);
        var subUnits = subject.Value.SubUnits;
        var ids = subUnits.Select(u => u.Id).ToList();
        var submissions = (await db.ReportSubmissions.AsNoTracking().Where(s => s.FormCode == formCode && s.PeriodCode == periodCode && ids.Contains(s.UnitId)).ToListAsync(ct))
            .OrderByDescending(s => s.Version).ToLookup(s => s.UnitId);
        var today = DossierPeriod.Today(clock);
        var rows = subUnits.Select(unit =>
        {
            var history = submissions[unit.Id].Select(s => SubmissionInfo.Of(s, unit.Code)).ToList();
            var deadline = subject.Value.Period.DeadlineFor(ReportingLevels.Of(unit.Kind));
            var latest = history.FirstOrDefault();
            var sentOn = latest is null ? today : DateOnly.FromDateTime(latest.SubmittedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
            bool late = deadline is { } due && sentOn > due;
            return new SubUnitSubmission(unit.Code, unit.Name, deadline, latest?.Status ?? "notSubmitted", late, latest, history);
        }).ToList();
        var p = subject.Value.Period;
        return new SubmissionBoard(
            formCode, subject.Value.Unit.Code, new PeriodInfo(p.Code, p.From, p.To, "cutoff"),
            rows.Count(r => r.Latest is not null), rows.Count(r => r.Late), rows);
    }
}
