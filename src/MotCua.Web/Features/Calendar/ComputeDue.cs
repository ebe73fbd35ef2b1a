using MotCua.Web.Common;

namespace MotCua.Web.Features.Calendar;

public sealed record DueInfo(DateTimeOffset From, DateTimeOffset DueAt);

/// <summary>
/// Ngày hẹn trả: adds working time to a receipt instant (DOMAIN.md §2). Receipt outside working
/// hours starts counting at the next working period; the answer is in Vietnam time.
/// </summary>
public sealed class ComputeDue(CalendarSource source, UnitCalendar units)
{
    public async Task<Outcome<DueInfo>> HandleAsync(string? from, decimal? workingDays, decimal? workingHours, string? unitCode, CancellationToken ct)
    {
        var start = CalendarInput.Instant(from, "from");
        if (start.Failed)
        {
            return start.Error;
        }

        var duration = CalendarInput.Duration(workingDays, workingHours);
        if (duration.Failed)
        {
            return duration.Error;
        }

        var unit = await units.ResolveAsync(unitCode, ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var calendar = await source.ForUnitAsync(unit.Value, ct);
        var (amount, hours) = duration.Value;
        try
        {
            var due = hours
                ? calendar.AddWorkingTime(start.Value, TimeSpan.FromHours((double)amount))
                : calendar.AddWorkingDays(start.Value, amount);
            return new DueInfo(start.Value, due);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The calendar ends with 2100; only the count tells whether the answer would pass it.
            return Error.Validation("from", new($"Ngày hẹn vượt quá năm {DateRange.LastYear}.", $"The due date falls after {DateRange.LastYear}."));
        }
    }
}
