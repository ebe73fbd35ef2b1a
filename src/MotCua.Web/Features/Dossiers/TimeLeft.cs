using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// How urgent a dossier is and its time left in words an officer reads at a glance ("quá hạn 2 ngày", "hạn hôm nay
/// 16:30"), counted in the unit's working time. <see cref="Urgency"/> is late, today, soon (within three days, as
/// the due filter), later, stopped (waiting for the applicant), ended, or none (not yet received).
/// </summary>
public sealed record TimeLeft(string Urgency, string Words)
{
    public static TimeLeft Of(DossierStatus status, DateTimeOffset? due, DateTimeOffset? ended, DateTimeOffset now, WorkingCalendar calendar)
    {
        if (due is not { } dueAt)
        {
            return new("none", Text.Pick("chưa tính hạn", "not yet received"));
        }

        if (ended is { } endedAt)
        {
            return new("ended", Text.Pick("đã xong — ", "ended — ") + DossierLabels.Timeliness(TimelinessRule.Of(endedAt, dueAt)).ToLower(CultureInfo.CurrentCulture));
        }

        if (!DossierWorkflow.ClockRuns(status))
        {
            return new("stopped", Text.Pick("dừng tính thời gian", "clock stopped"));
        }

        var local = now.ToOffset(WorkingCalendar.VietnamOffset);
        var dueLocal = dueAt.ToOffset(WorkingCalendar.VietnamOffset);
        var hour = dueLocal.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (dueAt < now)
        {
            var behind = calendar.WorkingTimeBetween(dueAt, now);
            var days = (int)(behind / calendar.Hours.PerDay);
            var hours = Math.Max(1, (int)Math.Ceiling(behind.TotalHours));
            return new("late", days >= 1 ? Text.Pick($"quá hạn {days} ngày", $"{days} working days late") : Text.Pick($"quá hạn {hours} giờ", $"{hours} h late"));
        }

        var dayDiff = dueLocal.Date.Subtract(local.Date).Days;
        if (dayDiff == 0)
        {
            return new("today", Text.Pick($"hạn hôm nay {hour}", $"due today {hour}"));
        }

        var left = (int)Math.Ceiling(calendar.WorkingTimeBetween(now, dueAt) / calendar.Hours.PerDay);
        var date = dueLocal.ToString("dd/MM", CultureInfo.InvariantCulture);
        return new(
            dayDiff <= 3 ? "soon" : "later",
            dayDiff == 1 ? Text.Pick($"hạn ngày mai {hour}", $"due tomorrow {hour}") : Text.Pick($"còn {left} ngày, hạn {hour} {date}", $"{left} working days left, due {hour} {date}"));
    }
}
