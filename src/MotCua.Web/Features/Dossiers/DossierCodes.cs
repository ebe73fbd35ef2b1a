using System.Globalization;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Issues the next dossier code of an agency for a day (DOMAIN.md §4: sequence per agency per day
/// from 0001, no gaps, no duplicates), from the agency's and day's counter (<see cref="Counters"/>).
/// </summary>
public static class DossierCodes
{
    public static async Task<DossierCode> NextAsync(this MotCuaDbContext db, string agencyCode, DateOnly day, CancellationToken ct) =>
        new(agencyCode, day, await db.NextSequenceAsync(CounterKey(agencyCode, day), ct));

    /// <summary>The <c>DossierCounters</c> row of an agency and day, e.g. <c>000.00.17.H10|251124</c>.</summary>
    public static string CounterKey(string agencyCode, DateOnly day) =>
        $"{agencyCode}|{day.ToString("yyMMdd", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// The agency code a unit issues dossier codes under: its own, or (a division has none) its nearest parent's;
    /// null when no unit up to the root has one.
    /// </summary>
    public static string? AgencyCodeOf(Unit unit, IReadOnlyDictionary<Guid, Unit> units) =>
        UnitLookup.SelfAndAncestors(unit, units).Select(u => u.AgencyCode).FirstOrDefault(code => code is { Length: > 0 });
}
