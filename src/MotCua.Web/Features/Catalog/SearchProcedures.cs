using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record ProcedureQuery(string? Q, string? Field, string? UnitCode, string? Level, string? Channel, string? Status, string? Event = null);

public sealed record ProcedureSummary(string Code, string Name, string Field, ProcedureLevel Level, TimeLimitInfo TimeLimit, IReadOnlyList<string> Channels, OnlineLevel Online, ProcedureStatus Status, bool IsDemoCode);

/// <summary>
/// Tra cứu thủ tục: every word of <c>q</c> must occur in the code, name or field, compared on the
/// normalized search key, so a query with or without diacritics finds the same procedures.
/// </summary>
public sealed class SearchProcedures(MotCuaDbContext db)
{
    public async Task<Outcome<Paged<ProcedureSummary>>> HandleAsync(ProcedureQuery query, PageRequest page, CancellationToken ct)
    {
        var procedures = db.Procedures.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Field))
        {
            procedures = procedures.Where(p => p.Field == query.Field);
        }

        if (!string.IsNullOrWhiteSpace(query.Event))
        {
            if (LifeEvents.Find(query.Event) is not { } lifeEvent)
            {
                return Error.NotFound(new("sự kiện", "Life event"), query.Event);
            }

            procedures = procedures.Where(p => lifeEvent.ProcedureCodes.Contains(p.Code));
        }

        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            if (ProcedureWords.Level(query.Level) is not { } level)
            {
                return Error.Validation("level", new("Cấp thực hiện phải là province, district hoặc commune.", "level must be province, district or commune."));
            }

            procedures = procedures.Where(p => p.Level == level);
        }

        if (!string.IsNullOrWhiteSpace(query.Channel))
        {
            if (!Enum.TryParse<Channels>(query.Channel, ignoreCase: true, out var channel) || channel == Channels.None || !Enum.IsDefined(channel))
            {
                return Error.Validation("channel", new("Kênh nộp phải là counter, postal hoặc online.", "channel must be counter, postal or online."));
            }

            // Flags stored as an integer: a bitwise test translates on both providers.
            procedures = procedures.Where(p => (p.Channels & channel) == channel);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unitId = await db.Units.Where(u => u.Code == query.UnitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                return Error.NotFound(UnitLookup.UnitNoun, query.UnitCode);
            }

            procedures = procedures.Where(p => p.Units.Any(u => u.UnitId == unitId));
        }

        var status = ProcedureStatus.Active;
        if (!string.IsNullOrWhiteSpace(query.Status) && !Enum.TryParse(query.Status, ignoreCase: true, out status))
        {
            return Error.Validation("status", new("Trạng thái phải là active, replaced hoặc abolished.", "status must be active, replaced or abolished."));
        }

        procedures = procedures.Where(p => p.Status == status);
        var terms = SearchText.Terms(query.Q);
        var exact = terms.Aggregate(procedures, (found, term) => found.Where(p => p.SearchText.Contains(term)));
        var matches = await exact.CountAsync(ct);
        var (items, total) = terms.Count == 0 || matches > 0
            ? (await exact.OrderBy(p => p.Field).ThenBy(p => p.Name).Skip(page.Skip).Take(page.PageSize).Select(SummaryOf).ToListAsync(ct), matches)
            : await ForgivingAsync(procedures, terms, page, ct);
        return new Paged<ProcedureSummary>(items, page.Page, page.PageSize, total);
    }

    /// <summary>
    /// When no procedure holds every word as typed, the ones that hold them with small slips (<see cref="FuzzyMatch"/>),
    /// closest first. Ranked in memory over the search keys only: a province's catalog is a few thousand short keys.
    /// </summary>
    private static async Task<(List<ProcedureSummary> Rows, int Total)> ForgivingAsync(IQueryable<Procedure> procedures, IReadOnlyList<string> terms, PageRequest page, CancellationToken ct)
    {
        var keys = await procedures.Select(p => new { p.Code, p.SearchText, p.Field, p.Name }).ToListAsync(ct);
        var ranked = keys.Select(k => (k.Code, k.Field, k.Name, Cost: FuzzyMatch.Cost(k.SearchText, terms)))
            .Where(k => k.Cost is not null)
            .OrderBy(k => k.Cost).ThenBy(k => k.Field, StringComparer.Ordinal).ThenBy(k => k.Name, StringComparer.Ordinal).ToList();
        var codes = ranked.Skip(page.Skip).Take(page.PageSize).Select(k => k.Code).ToList();
        var rows = await procedures.Where(p => codes.Contains(p.Code)).Select(SummaryOf).ToListAsync(ct);
        return ([.. rows.OrderBy(p => codes.IndexOf(p.Code))], ranked.Count);
    }

    /// <summary>
    /// What a result shows, read as columns in the query's last projection: the whole procedure with its components,
    /// fees, steps and legal basis was read for each result before (issue 19).
    /// </summary>
    private static readonly Expression<Func<Procedure, ProcedureSummary>> SummaryOf = p => new ProcedureSummary(
        p.Code, p.Name, p.Field, p.Level, TimeLimitInfo.From(p.TimeLimit), ProcedureDetail.ChannelNames(p.Channels), p.Online, p.Status, p.IsDemoCode);
}
