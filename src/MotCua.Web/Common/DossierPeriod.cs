using System.Globalization;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Common;

/// <summary>
/// A period of whole days in Vietnam time, both ends included (yyyy-MM-dd), as the register and the late
/// list take it: checked the same way, and turned into the instants that bound it.
/// </summary>
public static class DossierPeriod
{
    /// <summary>A year, leap day included: longer periods belong to reports, not to one printed list.</summary>
    public const int MaxDays = 366;

    /// <summary>Both dates real, within <see cref="DateRange"/>, in order, and at most <see cref="MaxDays"/> days from the first to the last.</summary>
    public static Outcome<(DateOnly From, DateOnly To)> Parse(string? fromText, string? toText)
    {
        var fields = new Dictionary<string, Text[]>();
        var from = Day(fromText, "from", fields);
        var to = Day(toText, "to", fields);
        if (from is { } f && to is { } t)
        {
            DateRange.Check(f, t, fields);
            if (fields.Count == 0 && t.DayNumber - f.DayNumber + 1 > MaxDays)
            {
                fields["to"] = [new Text("Kỳ theo dõi dài tối đa {0} ngày.", "The period is at most {0} days long.").Format(MaxDays)];
            }
        }

        return fields.Count > 0 ? Error.Validation(fields) : (from!.Value, to!.Value);
    }

    /// <summary>The first instant of <paramref name="from"/> and the first instant after <paramref name="to"/>.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Instants(DateOnly from, DateOnly to) => (
        new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset),
        new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset));

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset).DateTime);

    /// <summary>The month so far: what the forms offer until the officer picks another period.</summary>
    public static (DateOnly From, DateOnly To) MonthToDate(TimeProvider clock)
    {
        var today = Today(clock);
        return (new DateOnly(today.Year, today.Month, 1), today);
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, Text[]> fields)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        fields[field] = [new("Ngày phải có dạng yyyy-MM-dd và là một ngày có thật.", "The date must be a real date written yyyy-MM-dd.")];
        return null;
    }
}
