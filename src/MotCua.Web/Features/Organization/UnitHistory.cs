using MotCua.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

public sealed record UnitChangeInfo(UnitChangeKind Kind, DateTimeOffset At, string? OldValue, string? NewValue, string ByUserName);

/// <summary>Lịch sử thay đổi của đơn vị, newest first.</summary>
public sealed class UnitHistory(MotCuaDbContext db)
{
    public async Task<Outcome<IReadOnlyList<UnitChangeInfo>>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.FindAsync(code, "code", ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var changes = await db.UnitChanges.AsNoTracking()
            .Where(c => c.UnitId == found.Value.Id)
            .OrderByDescending(c => c.At)
            .ToListAsync(ct);
        return changes.Select(c => new UnitChangeInfo(c.Kind, c.At.ToOffset(WorkingCalendar.VietnamOffset), c.OldValue, c.NewValue, c.ByUserName)).ToList();
    }
}
