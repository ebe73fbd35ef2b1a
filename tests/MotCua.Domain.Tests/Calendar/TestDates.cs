using System.Globalization;

namespace MotCua.Domain.Tests.Calendar;

/// <summary>Parses the ISO strings used in test rows (attributes cannot hold DateOnly or DateTimeOffset).</summary>
internal static class TestDates
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static TimeOnly Time(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture);
}
