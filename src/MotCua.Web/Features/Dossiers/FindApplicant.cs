using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Security;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// A returning applicant, found by ID number in the officer's units' earlier dossiers, so the desk
/// does not type the same name and address again (khai thác dữ liệu đã có).
/// </summary>
public sealed class FindApplicant(DossierPermissions permissions, PersonalDataLog log)
{
    /// <summary>The applicant as his latest dossier has him; logged as a look-up of that dossier's data when found.</summary>
    public async Task<Applicant?> HandleAsync(string? idNumber, CancellationToken ct)
    {
        if (!IdentityNumber.IsValid(idNumber))
        {
            return null;
        }

        var latest = await (await permissions.ReadableDossiersAsync(ct))
            .Where(d => d.Applicant.IdNumber == idNumber)
            .OrderByDescending(d => d.SubmittedAt)
            .FirstOrDefaultAsync(ct);
        if (latest is not null)
        {
            await log.DossierAsync(latest, PersonalDataAction.LookedUp, null, ct);
        }

        return latest?.Applicant;
    }
}
