using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;

namespace MotCua.Web.Common;

/// <summary>
/// Builds the working calendar from what administrators keep in the database: the published
/// schedules of each year and, when a unit is named, that unit's working hours; kept a while (<see cref="CalendarCache"/>).
/// </summary>
public sealed class CalendarSource(MotCuaDbContext db, CalendarCache cache)
{
    public Task<WorkingCalendar> ForUnitAsync(Guid? unitId, CancellationToken ct) => cache.GetAsync(db, unitId ?? Guid.Empty, () => ReadAsync(unitId, ct));

    private async Task<WorkingCalendar> ReadAsync(Guid? unitId, CancellationToken ct)
    {
        var schedules = await db.ScheduleYears.AsNoTracking().Include(y => y.Days).ToListAsync(ct);
        var periods = unitId is null ? null
            : await db.UnitWorkingHours.AsNoTracking().Where(h => h.UnitId == unitId).Select(h => h.Periods).FirstOrDefaultAsync(ct);
        var hours = periods is null ? WorkingHours.Default : ParsePeriods(periods) ?? WorkingHours.Default;
        return new WorkingCalendar(hours, schedules.Select(ToDomain));
    }

    public static YearSchedule ToDomain(Data.Entities.ScheduleYear year) => new(
        year.Year,
        year.Source,
        year.Days.Where(d => d.Kind != DayKind.WorkingSaturday).OrderBy(d => d.Date).Select(d => new Holiday(d.Date, d.Name, d.LegalSource, d.Kind)).ToList(),
        year.Days.Where(d => d.Kind == DayKind.WorkingSaturday).OrderBy(d => d.Date).Select(d => new Holiday(d.Date, d.Name, d.LegalSource, d.Kind)).ToList());

    /// <summary>"07:30-11:30,13:00-17:00" → working hours; null when the text is not a valid list of periods.</summary>
    public static WorkingHours? ParsePeriods(string text)
    {
        var periods = new List<WorkingPeriod>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            {
                return null;
            }

            periods.Add(new WorkingPeriod(start, end));
        }

        try
        {
            return periods.Count == 0 ? null : new WorkingHours(periods);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
