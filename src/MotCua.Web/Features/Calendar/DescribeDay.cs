using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Calendar;

public sealed record LunarInfo(int Day, int Month, int Year, bool IsLeapMonth);

/// <summary>
/// GET /api/v1/calendar/days/{date} as API.md fixes it, plus the kind of day and its legal source.
/// A worked Saturday is no holiday: its name stays out of <c>holiday</c>, its kind and source say why it is worked.
/// </summary>
public sealed record DayInfo(DateOnly Date, bool IsWorkingDay, string? Holiday, LunarInfo Lunar, DayKind Kind, string? LegalSource, bool OfficialSchedule)
{
    public static DayInfo From(CalendarDay day) => new(
        day.Date, day.IsWorkingDay, day.IsWorkingDay ? null : day.Holiday,
        new LunarInfo(day.Lunar.Day, day.Lunar.Month, day.Lunar.Year, day.Lunar.IsLeapMonth),
        day.Kind, day.LegalSource, day.FromOfficialSchedule);
}

/// <summary>Ngày làm việc hay ngày nghỉ, ngày lễ, âm lịch of one date, for a unit's calendar.</summary>
public sealed class DescribeDay(CalendarSource source, UnitCalendar units)
{
    public async Task<Outcome<DayInfo>> HandleAsync(string date, string? unitCode, CancellationToken ct)
    {
        var parsed = CalendarInput.Date(date, "date");
        if (parsed.Failed)
        {
            return parsed.Error;
        }

        var unit = await units.ResolveAsync(unitCode, ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var calendar = await source.ForUnitAsync(unit.Value, ct);
        return DayInfo.From(calendar.Describe(parsed.Value));
    }
}
