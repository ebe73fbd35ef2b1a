using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// GET /api/v1/reports/{form}: a periodic report of a unit in the officer's scope (REPORTS.md), computed live from the
/// records, with the header and footer its printed layout needs: the receiving unit (the parent; the Government Office
/// for the province), the place and date, the officer who prepared it and the unit's head. An empty period is a valid
/// report of zeros.
/// </summary>
public sealed class ComputeReport(MotCuaDbContext db, ReportSubjects subjects, ReportFigures figures, LateReport late, DossierPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<ReportResponse>> HandleAsync(string? form, ReportQuery query, CancellationToken ct)
    {
        var subject = await subjects.ResolveAsync(form, query, ct);
        return subject.Failed ? subject.Error : await ComputeAsync(subject.Value, ct);
    }

    public async Task<Outcome<ReportResponse>> ComputeAsync(ReportSubject subject, CancellationToken ct)
    {
        IReadOnlyList<RowInfo> rows;
        IReadOnlyList<IdentityInfo> identities = [];
        if (subject.Form.Content == FormContent.Late)
        {
            var lateRows = await late.RowsAsync(subject, ct);
            if (lateRows.Failed)
            {
                return lateRows.Error;
            }

            rows = lateRows.Value;
        }
        else
        {
            var table = await figures.ComputeAsync(subject, ct);
            rows = ReportResponse.RowsOf(table);
            identities = ReportResponse.IdentitiesOf(table);
        }

        var (unit, period) = (subject.Unit, subject.Period);
        var receiving = ReportSubjects.Receiving(unit, subject.Units);
        var preparedBy = await db.Officers.AsNoTracking().Where(o => o.UserName == permissions.UserName).Select(o => o.FullName).FirstOrDefaultAsync(ct);
        var head = await db.Officers.AsNoTracking().Where(o => o.IsActive && o.Roles.Any(r => r.UnitId == unit.Id && r.Role == Role.Leader))
            .OrderBy(o => o.UserName).Select(o => o.FullName).FirstOrDefaultAsync(ct);
        return new ReportResponse(
            subject.Form.PrintedCode(unit.Kind), subject.Form.PrintedNumber(unit.Kind), subject.Form.Version, string.Format(System.Globalization.CultureInfo.InvariantCulture, subject.Form.Title, unit.Name),
            subject.Form.LegalBasis, subject.Form.UnitOfCount, unit.Code, unit.Name, receiving,
            new PeriodInfo(period.Code, period.From, period.To, period.Basis == PeriodBasis.Calendar ? "calendar" : "cutoff"),
            subject.ByUnit, subject.FromSubmissions ? "submitted" : "live", ReportResponse.ColumnsOf(subject.Form), rows, identities,
            OfficialNames.Place(unit, subject.Units), DossierPeriod.Today(clock), preparedBy ?? permissions.UserName, head,
            unit.OneStopDeskId is { } desk && subject.Units.TryGetValue(desk, out var reception) ? reception.Name : null,
            subject.Predecessors.Count == 0 ? null : [.. subject.Predecessors.Where(subject.Units.ContainsKey).Select(id => subject.Units[id].Name)],
            await ReorganizedAsync(period, ct));
    }

    private async Task<PeriodReorganization?> ReorganizedAsync(ReportPeriod period, CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var asOf = period.To < today ? period.To : today;
        var acts = await db.Reorganizations.AsNoTracking()
            .Where(r => r.Status == ReorganizationStatus.Applied && r.EffectiveOn > period.From && r.EffectiveOn <= asOf)
            .OrderBy(r => r.EffectiveOn).Select(r => r.DecisionNumber).ToListAsync(ct);
        return acts.Count == 0 ? null : new PeriodReorganization(acts, asOf);
    }
}
