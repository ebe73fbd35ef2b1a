using MotCua.Domain.Calendar;
using System.Globalization;

namespace MotCua.Web.Documents;

/// <summary>Dates and times as official documents write them, in Vietnam time.</summary>
public static class DateText
{
    /// <summary>Business time: Asia/Ho_Chi_Minh, +07:00 with no daylight saving since 1975.</summary>
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// "ngày 05 tháng 02 năm 2026", "ngày 24 tháng 11 năm 2026". Decree 30/2020/NĐ-CP, Appendix I,
    /// "Địa danh và thời gian ban hành văn bản": days below 10 and months 1 and 2 take a leading 0
    /// (so that nobody can turn "1" into "11" or "12"); other months are written as they are.
    /// </summary>
    public static string Date(DateOnly date)
    {
        var month = date.Month <= 2 ? "00" : "0";
        return string.Create(Invariant, $"ngày {date.Day:00} tháng {date.Month.ToString(month, Invariant)} năm {date.Year}");
    }

    /// <summary>
    /// "08 giờ 05 phút, ngày 24 tháng 11 năm 2026" in Vietnam time. Hours and minutes take two digits,
    /// as on a clock, for the same reason as the days.
    /// </summary>
    public static string Moment(DateTimeOffset instant)
    {
        var local = instant.ToOffset(WorkingCalendar.VietnamOffset);
        return string.Create(Invariant, $"{local.Hour:00} giờ {local.Minute:00} phút, ") + Date(DateOnly.FromDateTime(local.DateTime));
    }

    /// <summary>"08:05 24/11/2026" in Vietnam time, for table cells; empty for a time not reached yet.</summary>
    public static string Clock(DateTimeOffset? instant) =>
        instant?.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", Invariant) ?? string.Empty;
}
