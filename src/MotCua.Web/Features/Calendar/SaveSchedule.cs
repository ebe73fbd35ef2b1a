using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// Records (or replaces) the schedule the government published for a year: every day off and every
/// worked Saturday with its name and source. Removing it returns the year to the statutory rule.
/// </summary>
public sealed class SaveSchedule(MotCuaDbContext db, CalendarCache calendars)
{
    public async Task<Outcome<ScheduleInfo>> HandleAsync(int year, ScheduleInfo input, CancellationToken ct)
    {
        var errors = Validate(year, input);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        await using var transaction = await db.Database.BeginWriteAsync(ct);
        await db.ScheduleDays.Where(d => d.Year == year).ExecuteDeleteAsync(ct);
        await db.ScheduleYears.Where(y => y.Year == year).ExecuteDeleteAsync(ct);
        db.ScheduleYears.Add(new ScheduleYear
        {
            Year = year,
            Source = input.Source!.Trim(),
            Days = input.Days!.Select(d => new ScheduleDay
            {
                Year = year,
                Date = CalendarInput.Date(d.Date, "date").Value,
                Name = d.Name!.Trim(),
                LegalSource = string.IsNullOrWhiteSpace(d.LegalSource) ? null : d.LegalSource.Trim(),
                Kind = d.Kind ?? DayKind.Holiday,
            }).ToList(),
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return input with { Year = year, Official = true };
    }

    public async Task<Outcome<int>> RemoveAsync(int year, CancellationToken ct)
    {
        var removed = await db.ScheduleYears.Where(y => y.Year == year).ExecuteDeleteAsync(ct);
        calendars.Forget();
        return removed == 0 ? Error.NotFound(new("lịch nghỉ năm", "Schedule of year"), year.ToString(System.Globalization.CultureInfo.InvariantCulture)) : year;
    }

    private static Dictionary<string, Text[]> Validate(int year, ScheduleInfo input)
    {
        var errors = new Dictionary<string, Text[]>();
        if (!DateRange.Covers(year))
        {
            errors["year"] = [new($"Năm phải từ {DateRange.FirstYear} đến {DateRange.LastYear}.", $"The year must be between {DateRange.FirstYear} and {DateRange.LastYear}.")];
        }

        if (string.IsNullOrWhiteSpace(input.Source) || input.Source.Length > 500)
        {
            errors["source"] = [new("Cần ghi văn bản công bố lịch nghỉ (tối đa 500 ký tự).", "The publishing document is required (at most 500 characters).")];
        }

        var seen = new HashSet<DateOnly>();
        foreach (var (day, i) in (input.Days ?? []).Select((d, i) => (d, i)))
        {
            var date = CalendarInput.Date(day.Date, $"days[{i}].date");
            if (date.Failed)
            {
                errors[$"days[{i}].date"] = date.Error.Fields!.Values.First();
                continue;
            }

            if (date.Value.Year != year)
            {
                errors[$"days[{i}].date"] = [new($"Ngày {day.Date} không thuộc năm {year}.", $"{day.Date} is not in {year}.")];
            }
            else if (!seen.Add(date.Value))
            {
                errors[$"days[{i}].date"] = [new($"Ngày {day.Date} bị nhập hai lần.", $"{day.Date} is listed twice.")];
            }
            else if (day.Kind is DayKind.WorkingDay or DayKind.Weekend)
            {
                errors[$"days[{i}].kind"] = [new("Loại ngày phải là nghỉ lễ, nghỉ bù, nghỉ hoán đổi hoặc thứ Bảy làm bù.", "The kind must be holiday, compensatoryDayOff, swappedDayOff or workingSaturday.")];
            }
            else if (day.Kind == DayKind.WorkingSaturday && date.Value.DayOfWeek != DayOfWeek.Saturday)
            {
                errors[$"days[{i}].date"] = [new($"Ngày làm bù {day.Date} không phải thứ Bảy.", $"The worked day {day.Date} is not a Saturday.")];
            }
            else if (day.Kind != DayKind.WorkingSaturday && date.Value.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                errors[$"days[{i}].date"] = [new($"Ngày {day.Date} đã là ngày nghỉ cuối tuần.", $"{day.Date} is already a weekend day.")];
            }

            if (string.IsNullOrWhiteSpace(day.Name) || day.Name.Length > 200)
            {
                errors[$"days[{i}].name"] = [new("Cần ghi tên ngày nghỉ (tối đa 200 ký tự).", "The name of the day is required (at most 200 characters).")];
            }
        }

        return errors;
    }
}
