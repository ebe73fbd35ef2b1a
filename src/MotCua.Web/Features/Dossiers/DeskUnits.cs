using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Of the units that resolve a procedure, those whose dossiers this receptionist's desk receives:
/// the intake form offers only them, so a ward's desk cannot file a dossier under another ward.
/// </summary>
public sealed class DeskUnits(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<IReadOnlyList<string>> HandleAsync(IReadOnlyList<string> unitCodes, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code) && u.IsActive).Select(u => new { u.Id, u.Code }).ToListAsync(ct);
        var served = new List<string>();
        foreach (var unit in units)
        {
            if (await permissions.HoldsAsync(unit.Id, ct, Role.Receptionist))
            {
                served.Add(unit.Code);
            }
        }

        return served.Order(StringComparer.Ordinal).ToList();
    }
}
