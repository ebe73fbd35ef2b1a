using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record FeedbackStatsQuery(string? UnitCode, DateOnly? From, DateOnly? To);

/// <summary>
/// Figures of a unit (with the units below it) for a period of Vietnam dates, both ends included: received and
/// refused in the period; answered in the period, and of those answered by their due instant; the on-time rate
/// (null when nothing was answered: no data is not 0 %); and, as of now, the feedback still owed and past due.
/// </summary>
public sealed record FeedbackStatsResult(
    string? UnitCode, DateOnly From, DateOnly To, int Received, int Refused, int Answered, int AnsweredOnTime, decimal? OnTimeRate, int OverdueOpen);

/// <summary>GET /api/v1/feedback/stats: the unit's PAKN figures (DOMAIN.md §6: answered within 10 working days).</summary>
public sealed class FeedbackStats(MotCuaDbContext db, FeedbackPermissions permissions, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<FeedbackStatsResult>> HandleAsync(FeedbackStatsQuery query, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var (from, to) = (query.From ?? new DateOnly(today.Year, today.Month, 1), query.To ?? today);
        var invalid = new Dictionary<string, Text[]>();
        DateRange.Check(from, to, invalid);
        if (invalid.Count > 0)
        {
            return Error.Validation(invalid);
        }

        var scope = await permissions.ScopeAsync(ct);
        var units = scope.ToList();
        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unit = await db.Units.AsNoTracking().Where(u => u.Code == query.UnitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (unit is not { } unitId || !scope.Contains(unitId))
            {
                return Error.NotFound(UnitLookup.UnitNoun, query.UnitCode);
            }

            units = [.. UnitLookup.ReadableSubtree(unitId, await db.Units.AsNoTracking().ToListAsync(ct), scope)];
        }

        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
        var items = db.Feedback.AsNoTracking().Where(f => units.Contains(f.UnitId));
        var received = await items.CountAsync(f => f.ReceivedAt >= start && f.ReceivedAt < end, ct);
        var refused = await items.CountAsync(f => f.RefusedAt >= start && f.RefusedAt < end, ct);
        var answered = items.Where(f => f.AnsweredAt >= start && f.AnsweredAt < end);
        var answeredCount = await answered.CountAsync(ct);
        var onTime = await answered.CountAsync(f => f.AnsweredAt <= f.DueAt, ct);
        var overdue = await items.Where(f => f.ReceivedAt < end).CountAsync(FeedbackLateness.OverdueOpen(now), ct);
        decimal? rate = answeredCount == 0 ? null : Math.Round(100m * onTime / answeredCount, 2);
        return new FeedbackStatsResult(query.UnitCode, from, to, received, refused, answeredCount, onTime, rate, overdue);
    }

    /// <summary>The codes of the units whose figures the officer may see: what the page's unit choice offers.</summary>
    public async Task<IReadOnlySet<string>> VisibleUnitCodesAsync(CancellationToken ct)
    {
        var scope = await permissions.ScopeAsync(ct);
        return (await directory.CodesAsync(db, ct)).Where(u => scope.Contains(u.Key)).Select(u => u.Value).ToHashSet();
    }
}
