using System.Collections.Concurrent;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed astronomically for UTC+7 as Vietnam has done since
/// August 1967: a month begins on the local day of a new moon, month 11 is the month holding the winter
/// solstice, and in a year of 13 months the first month without a major solar term (trung khí) is the leap
/// month. The same rule for UTC+8 gives the Chinese calendar, which is why Tết and the Chinese New Year
/// sometimes fall on different days. Supported for 1900–2100; accurate against published calendars 1968–2100.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>Vietnam's time zone, in which the official lunar calendar is reckoned.</summary>
    public const double VietnamUtcOffsetHours = 7.0;

    /// <summary>First solar date supported.</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    /// <summary>Last solar date supported.</summary>
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    // One table per time zone: building it costs a few milliseconds, after which lookups are trivial.
    private static readonly ConcurrentDictionary<double, Lazy<LunisolarTable>> Tables = new();

    /// <summary>The Vietnamese lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900-01-01 … 2100-12-31.</exception>
    public static LunarDate FromSolar(DateOnly date) => FromSolar(date, VietnamUtcOffsetHours);

    /// <summary>
    /// The lunar date of a solar date under the same rule reckoned in another time zone
    /// (8 gives the Chinese calendar).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900-01-01 … 2100-12-31, or an offset beyond ±14 h.</exception>
    public static LunarDate FromSolar(DateOnly date, double utcOffsetHours)
    {
        EnsureSupportedYear(date.Year, nameof(date), date);
        return TableFor(utcOffsetHours).ToLunar(date.DayNumber);
    }

    /// <summary>The solar date of a Vietnamese lunar date.</summary>
    /// <exception cref="ArgumentException">The lunar date does not exist (no such leap month, or day 30 of a 29-day month).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date falls outside 1900-01-01 … 2100-12-31.</exception>
    public static DateOnly ToSolar(LunarDate lunar) => ToSolar(lunar, VietnamUtcOffsetHours);

    /// <summary>The solar date of a lunar date reckoned in another time zone (8 gives the Chinese calendar).</summary>
    /// <exception cref="ArgumentException">The lunar date does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date falls outside 1900-01-01 … 2100-12-31.</exception>
    public static DateOnly ToSolar(LunarDate lunar, double utcOffsetHours)
    {
        LunisolarTable table = TableFor(utcOffsetHours);
        if (lunar.Year < MinDate.Year - 1 || lunar.Year > MaxDate.Year + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(lunar), lunar, "Lunar years 1899–2101 only (solar 1900–2100).");
        }

        int? dayNumber = table.ToDayNumber(lunar);
        if (dayNumber is null)
        {
            throw new ArgumentException($"The lunar date {lunar} does not exist.", nameof(lunar));
        }

        DateOnly date = DateOnly.FromDayNumber(dayNumber.Value);
        EnsureSupportedYear(date.Year, nameof(lunar), date);
        return date;
    }

    /// <summary>Solar date of lunar New Year's Day (mùng 1 Tết) of a lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => ToSolar(new LunarDate(1, 1, lunarYear, false));

    /// <summary>The leap month (1–12) of a lunar year, or null when it has twelve months.</summary>
    public static int? LeapMonth(int lunarYear, double utcOffsetHours = VietnamUtcOffsetHours)
    {
        EnsureSupportedYear(lunarYear, nameof(lunarYear), lunarYear);
        return TableFor(utcOffsetHours).LeapMonthOf(lunarYear);
    }

    private static LunisolarTable TableFor(double utcOffsetHours)
    {
        if (double.IsNaN(utcOffsetHours) || utcOffsetHours < -14 || utcOffsetHours > 14)
        {
            throw new ArgumentOutOfRangeException(nameof(utcOffsetHours), utcOffsetHours, "A UTC offset is between −14 and +14 hours.");
        }

        return Tables.GetOrAdd(utcOffsetHours, offset => new Lazy<LunisolarTable>(() => new LunisolarTable(offset))).Value;
    }

    /// <summary>
    /// The one range check of the calendar: the supported dates are whole years, so a date is supported when its year
    /// is. Callers pass their own parameter, so that the exception names what the caller was given.
    /// </summary>
    internal static void EnsureSupportedYear(int year, string parameterName, object actualValue)
    {
        if (year < MinDate.Year || year > MaxDate.Year)
        {
            throw new ArgumentOutOfRangeException(parameterName, actualValue, "Dates from 1900-01-01 to 2100-12-31 only.");
        }
    }
}
