using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Integrity;

/// <summary>
/// Writes yesterday's anchor (Vietnam time) unless it is written: the heads of the chains that changed that day, hashed
/// with the previous anchor's hash. Two nodes writing it at once: the day's key keeps one.
/// </summary>
public sealed class AnchorDay(MotCuaDbContext db, TimeProvider clock)
{
    public async Task<IntegrityAnchor?> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.ToOffset(WorkingCalendar.VietnamOffset).DateTime).AddDays(-1);
        if (await db.IntegrityAnchors.AnyAsync(a => a.Day == day, ct))
        {
            return null;
        }

        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
        var to = from.AddDays(1);
        var heads = await db.ChainHeads.AsNoTracking().Where(h => h.ChangedAt >= from && h.ChangedAt < to).OrderBy(h => h.Key).ToListAsync(ct);
        var previous = await db.IntegrityAnchors.Where(a => a.Day < day).OrderByDescending(a => a.Day).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? string.Empty;
        var lines = string.Join('\n', heads.Select(h => $"{h.Key} {h.Length} {h.Hash}"));
        var anchor = new IntegrityAnchor { Day = day, TakenAt = now, Heads = lines, Hash = HashOf(day, lines, previous) };
        db.IntegrityAnchors.Add(anchor);
        try
        {
            await db.SaveChangesAsync(ct);
            return anchor;
        }
        catch (DbUpdateException)
        {
            return null;
        }
    }

    public static string HashOf(DateOnly day, string heads, string previous) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n{heads}\nprevious={previous}")));
}
