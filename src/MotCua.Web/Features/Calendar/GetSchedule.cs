using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// The days off and worked Saturdays of a year: the published schedule when there is one,
/// otherwise what the statutory rule gives (Official = false), which is what the calendar applies.
/// </summary>
public sealed class GetSchedule(MotCuaDbContext db)
{
    public async Task<Outcome<ScheduleInfo>> HandleAsync(int year, CancellationToken ct)
    {
        if (!DateRange.Covers(year))
        {
            return Error.Validation("year", new($"Năm phải từ {DateRange.FirstYear} đến {DateRange.LastYear}.", $"The year must be between {DateRange.FirstYear} and {DateRange.LastYear}."));
        }

        var stored = await db.ScheduleYears.AsNoTracking().Include(y => y.Days).FirstOrDefaultAsync(y => y.Year == year, ct);
        if (stored is not null)
        {
            return new ScheduleInfo(year, stored.Source, stored.Days.OrderBy(d => d.Date).Select(d => new ScheduleDayInfo(Iso(d.Date), d.Name, d.LegalSource, d.Kind)).ToList(), Official: true);
        }

        var statutory = StatutoryHolidays.For(year).Select(h => new ScheduleDayInfo(Iso(h.Date), h.Name, h.LegalSource, h.Kind)).ToList();
        return new ScheduleInfo(year, "Bộ luật Lao động 2019, Điều 112 (chưa có lịch nghỉ chính thức)", statutory, Official: false);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
