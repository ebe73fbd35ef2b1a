using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Finds a dossier an officer may see. A dossier outside his scope answers 404, not 403, so that
/// guessing codes reveals nothing about other units' dossiers.
/// </summary>
public static class DossierAccess
{
    public static readonly Text DossierNoun = new("hồ sơ", "Dossier");

    public static async Task<Outcome<Dossier>> FindVisibleAsync(this MotCuaDbContext db, DossierPermissions permissions, string code, CancellationToken ct)
    {
        var dossier = await db.Dossiers.FirstOrDefaultAsync(d => d.Code == code, ct);
        var scope = await permissions.ScopeAsync(ct);
        return dossier is not null && (scope.Contains(dossier.UnitId) || scope.Contains(dossier.CurrentUnitId) || (dossier.ReceivedAtUnitId is { } desk && scope.Contains(desk)))
            ? dossier
            : Error.NotFound(DossierNoun, code);
    }
}
