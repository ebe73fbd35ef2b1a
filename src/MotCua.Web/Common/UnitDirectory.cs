using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Common;

/// <summary>
/// Every unit by its id, kept for <c>Organization:CacheSeconds</c>: an officer's scope, an intake's agency code and desk,
/// and the units' codes of the inbox and a dossier's page each read the whole table, twice in an intake (issue 19). The
/// units are shared by every request that reads them here: read them, never change or attach them.
/// </summary>
public sealed class UnitDirectory(TimeProvider clock, IConfiguration configuration)
    : KeptAWhile<bool, IReadOnlyDictionary<Guid, Unit>>(clock, Seconds(configuration, "Organization"), typeof(Unit))
{
    public Task<IReadOnlyDictionary<Guid, Unit>> AllAsync(MotCuaDbContext db, CancellationToken ct) =>
        GetAsync(db, true, async () => await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct));

    /// <summary>Unit ids to their public codes: answers name units by code, the database by id.</summary>
    public async Task<Dictionary<Guid, string>> CodesAsync(MotCuaDbContext db, CancellationToken ct) =>
        (await AllAsync(db, ct)).ToDictionary(u => u.Key, u => u.Value.Code);
}
