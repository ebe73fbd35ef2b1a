using Microsoft.EntityFrameworkCore;

namespace MotCua.Web.Data;

/// <summary>Unit ids to their public codes: answers name units by code, the database by id.</summary>
public static class UnitCodes
{
    public static Task<Dictionary<Guid, string>> UnitCodesAsync(this MotCuaDbContext db, CancellationToken ct) =>
        db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
}
