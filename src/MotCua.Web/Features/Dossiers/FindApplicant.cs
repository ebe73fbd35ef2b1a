using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// A returning applicant, found by ID number in the officer's units' earlier dossiers, so the desk
/// does not type the same name and address again (khai thác dữ liệu đã có).
/// </summary>
public sealed class FindApplicant(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<Applicant?> HandleAsync(string? idNumber, CancellationToken ct)
    {
        if (!IdentityNumber.IsValid(idNumber))
        {
            return null;
        }

        var scope = (await permissions.ScopeAsync(ct)).ToList();
        return await db.Dossiers.AsNoTracking()
            .Where(d => d.Applicant.IdNumber == idNumber && (scope.Contains(d.UnitId) || scope.Contains(d.CurrentUnitId)))
            .OrderByDescending(d => d.SubmittedAt)
            .Select(d => d.Applicant)
            .FirstOrDefaultAsync(ct);
    }
}
