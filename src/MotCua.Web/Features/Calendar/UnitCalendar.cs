using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Calendar;

/// <summary>The optional <c>unitCode</c> of calendar requests: no code means the default working hours.</summary>
public sealed class UnitCalendar(MotCuaDbContext db)
{
    public async Task<Outcome<Guid?>> ResolveAsync(string? unitCode, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return (Guid?)null;
        }

        var id = await db.Units.Where(u => u.Code == unitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        return id is null ? Error.NotFound(UnitLookup.UnitNoun, unitCode) : id;
    }
}
