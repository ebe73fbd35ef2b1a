using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Issues the next dossier code of an agency for a day (DOMAIN.md §4: sequence per agency per day
/// from 0001, no gaps, no duplicates), from the agency's and day's counter (<see cref="Counters"/>).
/// </summary>
public static class DossierCodes
{
    public static async Task<DossierCode> NextAsync(this MotCuaDbContext db, string agencyCode, DateOnly day, CancellationToken ct) =>
        new(agencyCode, day, await db.NextSequenceAsync(CounterKey(agencyCode, day), ct));

    /// <summary>
    /// The code a new dossier is written under before its number is drawn (<see cref="NumberAsync"/>): unique, and never
    /// seen by anyone, as the transaction that writes it replaces it before it commits.
    /// </summary>
    public static string Provisional(Guid dossierId) => $"~{dossierId:N}";

    /// <summary>
    /// Gives the dossier written under its <see cref="Provisional"/> code its number, as the last write before the commit:
    /// the counter row stays locked from here to the commit only.
    /// </summary>
    public static async Task NumberAsync(this MotCuaDbContext db, Dossier dossier, string agencyCode, DateOnly day, CancellationToken ct)
    {
        var code = await db.NextAsync(agencyCode, day, ct);
        // One statement of its own: saved through the change tracker, the changed dossier would have its tallies
        // recomputed by the aggregate interceptor, reads and all, while the counter row is locked.
        db.Entry(dossier).State = EntityState.Detached;
        dossier.Code = code.ToString();
        dossier.SearchText = SearchTextOf(dossier);
        await db.Dossiers.Where(d => d.Id == dossier.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Code, dossier.Code).SetProperty(d => d.SearchText, dossier.SearchText), ct);
    }

    /// <summary>What the dossier search matches: the code, the applicant's name and ID number, normalized.</summary>
    public static string SearchTextOf(Dossier dossier) =>
        SearchText.Normalize($"{dossier.Code} {dossier.Applicant.FullName} {dossier.Applicant.IdNumber}");

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
