using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Calendar;

public sealed record WorkingHoursInfo(string UnitCode, string Periods, bool IsDefault);

/// <summary>Giờ làm việc của đơn vị, e.g. "07:00-11:30,13:00-16:30"; an empty value returns to the default.</summary>
public sealed class SaveWorkingHours(MotCuaDbContext db)
{
    public const string DefaultPeriods = "07:30-11:30,13:00-17:00";

    public async Task<Outcome<WorkingHoursInfo>> GetAsync(string unitCode, CancellationToken ct)
    {
        var unit = await db.FindAsync(unitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var periods = await db.UnitWorkingHours.Where(h => h.UnitId == unit.Value.Id).Select(h => h.Periods).FirstOrDefaultAsync(ct);
        return new WorkingHoursInfo(unitCode, periods ?? DefaultPeriods, periods is null);
    }

    public async Task<Outcome<WorkingHoursInfo>> HandleAsync(string unitCode, string? periods, CancellationToken ct)
    {
        var unit = await db.FindAsync(unitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var existing = await db.UnitWorkingHours.FirstOrDefaultAsync(h => h.UnitId == unit.Value.Id, ct);
        if (string.IsNullOrWhiteSpace(periods))
        {
            if (existing is not null)
            {
                db.UnitWorkingHours.Remove(existing);
                await db.SaveChangesAsync(ct);
            }

            return new WorkingHoursInfo(unitCode, DefaultPeriods, true);
        }

        if (CalendarSource.ParsePeriods(periods) is not { } hours || hours.PerDay < TimeSpan.FromHours(1))
        {
            return Error.Validation("periods", new(
                "Giờ làm việc phải có dạng HH:mm-HH:mm, các khoảng tăng dần, không chồng nhau, ví dụ 07:00-11:30,13:00-16:30.",
                "Working hours must be HH:mm-HH:mm periods in order without overlap, e.g. 07:00-11:30,13:00-16:30."));
        }

        var normalized = periods.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (existing is null)
        {
            db.UnitWorkingHours.Add(new UnitWorkingHours { UnitId = unit.Value.Id, Periods = normalized });
        }
        else
        {
            existing.Periods = normalized;
        }

        await db.SaveChangesAsync(ct);
        return new WorkingHoursInfo(unitCode, normalized, false);
    }
}
