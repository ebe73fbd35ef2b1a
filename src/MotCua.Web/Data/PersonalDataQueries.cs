using Microsoft.EntityFrameworkCore;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Data;

/// <summary>The access log as one dossier's applicant sees it: the entries naming the dossier, and the exports it was in.</summary>
public static class PersonalDataQueries
{
    /// <summary>Two index seeks joined by UNION ALL (an OR across the tables would scan the log).</summary>
    public static IQueryable<PersonalDataAccess> AccessesOf(this MotCuaDbContext db, Guid dossierId) =>
        db.PersonalDataAccesses.Where(a => a.DossierId == dossierId)
            .Concat(db.ExportedDossiers.Where(e => e.DossierId == dossierId).Join(db.PersonalDataAccesses, e => e.AccessId, a => a.Id, (_, a) => a));

    /// <summary>How many entries each of <paramref name="dossierIds"/> has (dossiers without any are left out).</summary>
    public static async Task<Dictionary<Guid, int>> AccessCountsAsync(this MotCuaDbContext db, IReadOnlyCollection<Guid> dossierIds, CancellationToken ct)
    {
        var named = await db.PersonalDataAccesses.Where(a => a.DossierId != null && dossierIds.Contains(a.DossierId.Value))
            .GroupBy(a => a.DossierId!.Value).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var exported = await db.ExportedDossiers.Where(e => dossierIds.Contains(e.DossierId))
            .GroupBy(e => e.DossierId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        return named.Concat(exported).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
    }
}
