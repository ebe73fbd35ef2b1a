using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Calendar;

/// <summary>How calendar values read in the UI, in Vietnamese and English.</summary>
public static class CalendarLabels
{
    /// <summary>Monday first, as Vietnamese office calendars are printed.</summary>
    public static IReadOnlyList<(string Short, string Full)> Weekdays =>
    [
        (Text.Pick("T2", "Mon"), Text.Pick("Thứ Hai", "Monday")),
        (Text.Pick("T3", "Tue"), Text.Pick("Thứ Ba", "Tuesday")),
        (Text.Pick("T4", "Wed"), Text.Pick("Thứ Tư", "Wednesday")),
        (Text.Pick("T5", "Thu"), Text.Pick("Thứ Năm", "Thursday")),
        (Text.Pick("T6", "Fri"), Text.Pick("Thứ Sáu", "Friday")),
        (Text.Pick("T7", "Sat"), Text.Pick("Thứ Bảy", "Saturday")),
        (Text.Pick("CN", "Sun"), Text.Pick("Chủ nhật", "Sunday")),
    ];

    /// <summary>The kinds of day a published schedule lists.</summary>
    public static IReadOnlyList<DayKind> ScheduleKinds => [DayKind.Holiday, DayKind.CompensatoryDayOff, DayKind.SwappedDayOff, DayKind.WorkingSaturday];

    public static string Kind(DayKind kind) => kind switch
    {
        DayKind.WorkingDay => Text.Pick("Làm việc", "Working day"),
        DayKind.Weekend => Text.Pick("Nghỉ cuối tuần", "Weekend"),
        DayKind.Holiday => Text.Pick("Nghỉ lễ, Tết", "Public holiday"),
        DayKind.CompensatoryDayOff => Text.Pick("Nghỉ bù", "Compensatory day off"),
        DayKind.SwappedDayOff => Text.Pick("Nghỉ hoán đổi", "Swapped day off"),
        _ => Text.Pick("Làm bù thứ Bảy", "Saturday worked"),
    };

    /// <summary>The lunar day; with its month on the 1st of a lunar month and wherever the reader needs a start.</summary>
    public static string Lunar(LunarInfo lunar, bool withMonth)
    {
        var day = lunar.Day.ToString(CultureInfo.InvariantCulture);
        if (!withMonth && lunar.Day != 1)
        {
            return day;
        }

        var text = $"{day}/{lunar.Month.ToString(CultureInfo.InvariantCulture)}";
        return lunar.IsLeapMonth ? text + Text.Pick(" (nhuận)", " (leap)") : text;
    }

    public static string Month(int year, int month) => Text.Pick(
        $"Tháng {month}/{year}",
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset at)
    {
        var weekday = Weekdays[((int)at.DayOfWeek + 6) % 7].Full;
        var time = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        var date = at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return Text.Pick($"{time}, {weekday} ngày {date}", $"{time}, {weekday} {date}");
    }
}
