using MotCua.Web.Common;

namespace MotCua.Web.Features.Calendar;

public sealed record MonthInfo(int Year, int Month, bool OfficialSchedule, IReadOnlyList<DayInfo> Days, int WorkingDays);

/// <summary>A month of the working calendar with lunar dates and holidays, for the calendar page.</summary>
public sealed class MonthView(CalendarSource source, UnitCalendar units)
{
    public async Task<Outcome<MonthInfo>> HandleAsync(int year, int month, string? unitCode, CancellationToken ct)
    {
        if (!DateRange.Covers(year) || month is < 1 or > 12)
        {
            return Error.Validation("month", new($"Tháng phải từ 1 đến 12, năm từ {DateRange.FirstYear} đến {DateRange.LastYear}.", $"The month must be 1–12 and the year {DateRange.FirstYear}–{DateRange.LastYear}."));
        }

        var unit = await units.ResolveAsync(unitCode, ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var calendar = await source.ForUnitAsync(unit.Value, ct);
        var days = Enumerable.Range(1, DateTime.DaysInMonth(year, month))
            .Select(d => DayInfo.From(calendar.Describe(new DateOnly(year, month, d))))
            .ToList();
        return new MonthInfo(year, month, calendar.HasOfficialSchedule(year), days, days.Count(d => d.IsWorkingDay));
    }
}
