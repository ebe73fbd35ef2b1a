using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The public ranking of units by their Decision 766 index (<see cref="PublicServiceIndex"/>), anonymous. Each unit is
/// computed with its descendants, for the period and the one before: 2 × units computations per request. A period
/// that is over cannot change any more except by a historical import, so its ranking is kept for an hour per node;
/// a running one is computed on every request so that it is never staler than the data.
/// </summary>
public sealed class RankUnits(OrganizationHistory history, RunServiceIndex run, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>The kinds the national portal ranks: departments, districts and communes; desks and divisions act for them.</summary>
    private static readonly UnitKind[] Ranked = [UnitKind.Province, UnitKind.Department, UnitKind.District, UnitKind.Commune];

    public async Task<Outcome<PublicServiceIndex>> HandleAsync(PublicIndexQuery query, CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var parsed = IndexPeriod.Published(query.Period, today);
        if (parsed.Failed)
        {
            return parsed.Error;
        }

        var period = parsed.Value;

        var units = await history.ForPeriodAsync(period.To, ct);
        var parent = string.IsNullOrWhiteSpace(query.ParentCode)
            ? units.FirstOrDefault(u => u.ParentId is null)
            : units.FirstOrDefault(u => u.Code == query.ParentCode.Trim() && u.IsActive);
        if (parent is null)
        {
            return Error.NotFound(UnitLookup.UnitNoun, query.ParentCode ?? string.Empty);
        }

        var key = $"public-index:{parent.Code}:{period.Key}:{Text.Pick("vi", "en")}";
        if (period.To < today && cache.TryGetValue(key, out PublicServiceIndex? kept) && kept is not null)
        {
            return kept;
        }

        var ranking = await ComputeAsync(parent, units, period, today, ct);
        if (period.To < today)
        {
            cache.Set(key, ranking, TimeSpan.FromHours(1));
        }

        return ranking;
    }

    private async Task<PublicServiceIndex> ComputeAsync(Unit parent, IReadOnlyList<Unit> units, IndexPeriod period, DateOnly today, CancellationToken ct)
    {
        var previous = period.Previous();
        var unitsBefore = await history.ForPeriodAsync(previous.To, ct);
        var children = units.Where(u => u.ParentId == parent.Id && u.IsActive && Ranked.Contains(u.Kind)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var scores = new List<(Unit Unit, ComputedIndex Now, ComputedIndex Before)>();
        foreach (var unit in children)
        {
            // The public ranking covers each unit's whole subtree: it shows scores, never records.
            var now = await run.ComputeAsync(unit, UnitLookup.SelfAndDescendants(unit.Id, units), period.From, period.To < today ? period.To : today, ct);
            var before = await run.ComputeAsync(unit, UnitLookup.SelfAndDescendants(unit.Id, unitsBefore), previous.From, previous.To, ct);
            scores.Add((unit, now, before));
        }

        var ranks = PublicServiceIndex.Ranks(scores.Select(s => (s.Unit.Code, s.Now.Result.ScaledTotal)));
        var previousRanks = PublicServiceIndex.Ranks(scores.Select(s => (s.Unit.Code, s.Before.Result.ScaledTotal)));
        return new PublicServiceIndex(
            period.Key, period.From, period.To, previous.Key, parent.Code, parent.Name, clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset),
            [
                .. scores
                    .Select(s => Score(s.Unit, s.Now, s.Before, ranks.TryGetValue(s.Unit.Code, out var r) ? r : null, previousRanks.TryGetValue(s.Unit.Code, out var p) ? p : null, units))
                    .OrderBy(s => s.Rank ?? int.MaxValue).ThenBy(s => s.UnitCode, StringComparer.Ordinal),
            ]);
    }

    private static PublicUnitScore Score(Unit unit, ComputedIndex now, ComputedIndex before, int? rank, int? previousRank, IReadOnlyList<Unit> units)
    {
        var scaled = now.Result.ScaledTotal;
        var previousScaled = before.Result.ScaledTotal;
        return new PublicUnitScore(
            rank, unit.Code, unit.Name, scaled, now.Result.Rating is { } rating ? Text.Pick(rating.Vi, rating.En) : null,
            [.. now.Result.Groups.Select(g => new PublicGroupScore(g.Group.Id, Text.Pick(g.Group.Vi, g.Group.En), g.Points, g.MaximumWithData))],
            previousRank, previousScaled,
            rank is { } r && previousRank is { } p ? p - r : null,
            scaled is { } s && previousScaled is { } ps ? s - ps : null,
            units.Any(u => u.ParentId == unit.Id && u.IsActive && Ranked.Contains(u.Kind)));
    }
}
