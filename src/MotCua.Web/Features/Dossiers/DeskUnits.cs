using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Of the units that resolve a procedure, those whose dossiers this receptionist's desk receives:
/// the intake form offers only them, so a ward's desk cannot file a dossier under another ward; and, for a
/// location-independent procedure, those of his province it receives for regardless of administrative boundary.
/// </summary>
public sealed class DeskUnits(MotCuaDbContext db, DossierPermissions permissions, CurrentOfficer officer, UnitDirectory directory)
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

    /// <summary>
    /// The units of <paramref name="unitCodes"/> his desk does not serve, in the province of one of his desks: those a
    /// location-independent procedure is received for across the boundary (<see cref="ReceiveDossier"/> checks it again).
    /// </summary>
    public async Task<IReadOnlyList<string>> AcrossBoundaryAsync(IReadOnlyList<string> unitCodes, CancellationToken ct)
    {
        var served = await HandleAsync(unitCodes, ct);
        var units = await directory.AllAsync(db, ct);
        var provinces = ReceiveDossier.ReceptionDesks(officer, units).Select(desk => ReceiveDossier.Province(desk, units)).ToHashSet();
        return units.Values.Where(u => u.IsActive && unitCodes.Contains(u.Code) && !served.Contains(u.Code) && provinces.Contains(ReceiveDossier.Province(u, units)))
            .Select(u => u.Code).Order(StringComparer.Ordinal).ToList();
    }
}
