using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Reminds the units that owe a period's report (REPORTS.md §6, DOMAIN.md §5): from <c>Reports:ReminderWorkingDays</c>
/// working days before the deadline of their level (3 unless configured) and once the deadline has passed, each active
/// leader and KSTTHC officer of a unit that has not submitted a form in force gets one e-mail per unit, form, period and
/// stage. The periods are those of the kinds in <c>Reports:ReminderKinds</c> (quarters and years unless configured).
/// The outbox key is unique, so repeated runs and runs on two nodes queue nothing twice.
/// </summary>
public sealed class RemindReportDeadlines(MotCuaDbContext db, ReportPeriods periods, ReportForms forms, CalendarSource calendars, IConfiguration configuration, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        int workingDays = configuration.GetValue("Reports:ReminderWorkingDays", 3);
        var kinds = configuration.GetSection("Reports:ReminderKinds").Get<PeriodKind[]>() is { Length: > 0 } configured ? configured : [PeriodKind.Quarter, PeriodKind.Year];
        var calendar = await calendars.ForUnitAsync(null, ct);
        var today = DossierPeriod.Today(clock);
        // A notice starts at most a few weeks before its deadline, even when Tết falls in between.
        var (from, to) = (today.AddDays(-ReportReminders.DaysBehind), today.AddDays((workingDays * 2) + 21));
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive && u.ParentId != null && u.Kind != UnitKind.OneStopDesk).ToListAsync(ct);
        var owed = new List<(Unit Unit, ReportPeriod Period, string Form, ReportReminder Stage, DateOnly Deadline)>();
        foreach (var level in units.GroupBy(u => ReportingLevels.Of(u.Kind)))
        {
            foreach (var period in periods.DueBetween(from, to, level.Key, kinds))
            {
                var deadline = period.DeadlineFor(level.Key)!.Value;
                var stage = ReportReminders.On(today, deadline, workingDays, calendar);
                if (stage != ReportReminder.None)
                {
                    owed.AddRange(from unit in level from form in forms.InForce(period.To) select (unit, period, form.Code, stage, deadline));
                }
            }
        }

        var codes = owed.Select(o => o.Period.Code).Distinct().ToList();
        var sent = (await db.ReportSubmissions.AsNoTracking().Where(s => codes.Contains(s.PeriodCode) && s.Status != SubmissionStatus.Returned)
            .Select(s => new { s.UnitId, s.FormCode, s.PeriodCode }).ToListAsync(ct)).Select(s => (s.UnitId, s.FormCode, s.PeriodCode)).ToHashSet();
        var missing = owed.Where(o => !sent.Contains((o.Unit.Id, o.Form, o.Period.Code))).ToList();
        var officers = await OfficerEmails.ByUnitAsync(db, [.. missing.Select(o => o.Unit.Id).Distinct()], ct, Role.Leader, Role.KsttOfficer);
        var reminders = missing.SelectMany(o => officers[o.Unit.Id].Select(officer =>
        {
            var due = o.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var body = o.Stage == ReportReminder.Overdue
                ? $"Quá hạn báo cáo: {o.Unit.Name} chưa gửi biểu {o.Form} kỳ {o.Period.Code}, hạn ngày {due}."
                : $"Nhắc việc: {o.Unit.Name} cần gửi biểu {o.Form} kỳ {o.Period.Code} lên đơn vị cấp trên trước hạn ngày {due}.";
            return new OfficerEmail($"report|{o.Form}|{o.Unit.Id}|{o.Period.Code}|{(o.Stage == ReportReminder.Overdue ? "overdue" : "dueSoon")}|{officer.UserName}", officer.Email, body);
        })).ToList();
        return await OfficerEmails.QueueOnceAsync(db, reminders, clock.GetUtcNow(), ct);
    }
}
