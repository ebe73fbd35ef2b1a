using MotCua.Domain.Calendar;

namespace MotCua.Domain.Dossiers;

/// <summary>Whether a dossier (or a step) ended early, on time or late (REPORTS.md §2, form II.06 cols. 8–10).</summary>
public static class TimelinessRule
{
    /// <summary>
    /// Early: ended on a calendar day (Vietnam time) before the due instant's day. On time: ended on the due day, at
    /// or before the due instant. Late: after the due instant — an apology letter does not change this (DOMAIN.md §4).
    /// Which dossiers count as on time whatever their dates (refused, withdrawn: col. 9) is the report's business.
    /// </summary>
    public static Timeliness Of(DateTimeOffset endedAt, DateTimeOffset dueAt)
    {
        if (endedAt > dueAt)
        {
            return Timeliness.Late;
        }

        DateOnly endedDay = DateOnly.FromDateTime(endedAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        DateOnly dueDay = DateOnly.FromDateTime(dueAt.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        return endedDay < dueDay ? Timeliness.Early : Timeliness.OnTime;
    }
}
