using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Aggregates;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Dashboard;

/// <summary>
/// GET /api/v1/dashboard?unitCode=&amp;from=&amp;to=: what leaders and the KSTTHC office watch for a unit in their
/// scope and the units under it — read from the daily aggregates (received, ended, shares, breakdowns, the twelve
/// months up to the period's end, productivity), except the dossiers in progress and overdue at the period's end (from
/// the dossiers open then) and feedback on time (from the feedback, INDICATORS-766.md 5.2).
/// </summary>
public sealed class GetDashboard(
    MotCuaDbContext db, OrganizationHistory history, DossierPermissions permissions, FeedbackOnTime feedback, TimeProvider clock)
{
    public async Task<Outcome<DashboardReport>> HandleAsync(DashboardQuery query, CancellationToken ct)
    {
        var period = query.From is null && query.To is null ? DossierPeriod.MonthToDate(clock) : DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error;
        }

        var (from, to) = period.Value;
        var today = DossierPeriod.Today(clock);
        if (to > today)
        {
            return Error.Validation("to", new("Ngày kết thúc không được sau ngày hôm nay.", "to must not be after today."));
        }

        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;
        var units = await history.ForPeriodAsync(to, ct);
        var ids = (await permissions.SubtreeAsync(unit.Id, units, ct)).ToList();
        var rows = await db.DailyAggregates.AsNoTracking()
            .Where(a => a.Day >= from && a.Day <= to && a.Officer == "" && ids.Contains(a.UnitId))
            .GroupBy(a => new { a.UnitId, a.ProcedureId, a.Measure }).Select(g => new { g.Key.UnitId, g.Key.ProcedureId, g.Key.Measure, Count = g.Sum(a => a.Count) })
            .ToListAsync(ct);
        var totals = MeasureTotals.Sum(rows.Select(r => (r.Measure, r.Count)));
        var (_, end) = DossierPeriod.Instants(from, to);
        var judgedAt = end < clock.GetUtcNow() ? end : clock.GetUtcNow();
        // Open at the period's end: the dossiers that overlap its last instant, found through the lifespans' index (the
        // aggregates would need every day since the first dossier summed: the whole history).
        var open = await DossierLifespans.Overlapping(db.Dossiers.AsNoTracking(), end, end).Where(d => ids.Contains(d.UnitId))
            .GroupBy(d => 1).Select(g => new { InProgress = g.Count(), Overdue = g.Count(d => d.StoppedAt == null && d.DueAt < judgedAt) })
            .SingleOrDefaultAsync(ct);

        var procedureIds = rows.Select(r => r.ProcedureId).Distinct().ToList();
        var fields = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Field, ct);
        var byId = units.ToDictionary(u => u.Id);
        var children = units.Where(u => u.ParentId == unit.Id).ToList();
        Guid Branch(Guid id) => UnitLookup.SelfAndAncestors(byId[id], byId).Select(u => u.Id).FirstOrDefault(a => children.Any(c => c.Id == a), unit.Id);

        return new DashboardReport(
            unit.Code, unit.Name, from, to, clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset),
            new DashboardFlow(
                totals.Received, totals[DailyMeasure.ReceivedCounter], totals[DailyMeasure.ReceivedOnline], totals[DailyMeasure.ReceivedPostal],
                totals[DailyMeasure.EndedEarly], totals[DailyMeasure.EndedOnTime], totals[DailyMeasure.EndedLate], totals[DailyMeasure.Withdrawn], totals[DailyMeasure.Refused],
                open?.InProgress ?? 0, open?.Overdue ?? 0),
            [.. Rates(totals), Rate("feedbackOnTime", Text.Pick("Tỷ lệ xử lý PAKN đúng hạn", "Feedback handled on time"), (await feedback.LoadAsync(ids, unit.Id, from, to, ct))(ids.ToHashSet()), "feedback")],
            [.. Breakdown(rows.Select(r => (fields[r.ProcedureId], r.Measure, r.Count)), f => f)],
            [.. Breakdown(rows.Select(r => (Branch(r.UnitId).ToString(), r.Measure, r.Count)), k => byId[Guid.Parse(k)].Name)],
            await MonthsAsync(ids, to, ct),
            await OfficersAsync(ids, units, from, to, DailyMeasure.ReceivedBy, Role.Receptionist, ct),
            await OfficersAsync(ids, units, from, to, DailyMeasure.ProcessedBy, Role.Specialist, ct));
    }

    private static IEnumerable<DashboardRate> Rates(MeasureTotals totals)
    {
        const string Aggregates = "aggregates";
        yield return Rate("onlineShare", Text.Pick("Tỷ lệ hồ sơ trực tuyến", "Online share"), totals.OnlineShare, Aggregates);
        yield return Rate("onlinePayment", Text.Pick("Tỷ lệ thanh toán trực tuyến", "Online payment share"), totals.OnlinePaymentShare, Aggregates);
        yield return Rate("digitization", Text.Pick("Tỷ lệ số hóa", "Digitization rate"), totals.DigitizationRate, Aggregates);
        yield return Rate("reuse", Text.Pick("Tỷ lệ tái sử dụng dữ liệu", "Reuse rate"), totals.ReuseRate, Aggregates);
        yield return Rate("electronicResults", Text.Pick("Tỷ lệ kết quả điện tử", "Electronic results"), totals.ElectronicResultRate, Aggregates);
        yield return Rate("satisfaction", Text.Pick("Mức độ hài lòng", "Satisfaction"), totals.Satisfaction, Aggregates);
        yield return Rate("onTime", Text.Pick("Tỷ lệ giải quyết đúng hạn", "Resolved on time"), totals.OnTimeResolution, Aggregates);
    }

    private static DashboardRate Rate(string id, string name, Fraction fraction, string source) =>
        new(id, name, fraction.Numerator, fraction.Denominator, TargetActuals.Percent(fraction), source);

    private static IEnumerable<DashboardRow> Breakdown(IEnumerable<(string Key, DailyMeasure Measure, int Count)> rows, Func<string, string> name) =>
        rows.GroupBy(r => r.Key).Select(g => Row(g.Key, name(g.Key), MeasureTotals.Sum(g.Select(r => (r.Measure, r.Count))))).OrderByDescending(r => r.Received).ThenBy(r => r.Name, StringComparer.Ordinal);

    private static DashboardRow Row(string key, string name, MeasureTotals t) => new(
        key, name, t.Received, t[DailyMeasure.ReceivedOnline], t[DailyMeasure.EndedEarly], t[DailyMeasure.EndedOnTime], t[DailyMeasure.EndedLate], t[DailyMeasure.Withdrawn], t[DailyMeasure.Refused]);

    /// <summary>The twelve months up to the period's last: the trend.</summary>
    private async Task<List<DashboardRow>> MonthsAsync(List<Guid> ids, DateOnly to, CancellationToken ct)
    {
        var first = new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        var days = await db.DailyAggregates.AsNoTracking().Where(a => a.Day >= first && a.Day <= to && a.Officer == "" && ids.Contains(a.UnitId))
            .GroupBy(a => new { a.Day, a.Measure }).Select(g => new { g.Key.Day, g.Key.Measure, Count = g.Sum(a => a.Count) }).ToListAsync(ct);
        return
        [
            .. Enumerable.Range(0, 12).Select(i => first.AddMonths(i)).Select(m => Row(
                m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("MM/yyyy", CultureInfo.InvariantCulture),
                MeasureTotals.Sum(days.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).Select(d => (d.Measure, d.Count))))),
        ];
    }

    /// <summary>Every active officer with <paramref name="role"/> in the units, with his count of <paramref name="measure"/> (none counts 0).</summary>
    private async Task<List<OfficerRow>> OfficersAsync(List<Guid> ids, IReadOnlyList<Unit> units, DateOnly from, DateOnly to, DailyMeasure measure, Role role, CancellationToken ct)
    {
        var counts = await db.DailyAggregates.AsNoTracking().Where(a => a.Day >= from && a.Day <= to && a.Measure == measure && ids.Contains(a.UnitId))
            .GroupBy(a => a.Officer).Select(g => new { Officer = g.Key, Count = g.Sum(a => a.Count) }).ToDictionaryAsync(c => c.Officer, c => c.Count, ct);
        var officers = await db.Officers.AsNoTracking().Where(o => o.IsActive && o.Roles.Any(r => r.Role == role && ids.Contains(r.UnitId)))
            .Select(o => new { o.UserName, o.FullName, UnitId = o.Roles.Where(r => r.Role == role && ids.Contains(r.UnitId)).Select(r => r.UnitId).First() }).ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        return
        [
            .. officers.Select(o =>
            {
                var count = counts.GetValueOrDefault(o.UserName);
                var norm = role == Role.Receptionist ? ProductivityNorms.ForPeriod(ProductivityNorms.Level(UnitLookup.SelfAndAncestors(byId[o.UnitId], byId).Select(u => u.Kind)), from, to) : null;
                return new OfficerRow(o.UserName, o.FullName, byId[o.UnitId].Name, count, norm, norm is > 0 ? Math.Round(100m * count / norm.Value, 2) : null);
            }).OrderByDescending(o => o.Count).ThenBy(o => o.UserName, StringComparer.Ordinal),
        ];
    }
}
