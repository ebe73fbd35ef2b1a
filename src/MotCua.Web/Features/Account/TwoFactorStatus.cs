using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Account;

/// <param name="EnabledAt">When his two-factor sign-in was turned on; null while it is off.</param>
/// <param name="Required">Whether one of his roles requires it (he may not turn it off).</param>
public sealed record TwoFactorState(DateTimeOffset? EnabledAt, int RecoveryCodesLeft, bool Required);

/// <summary>Where an officer's two-factor sign-in stands, for his page.</summary>
public sealed class TwoFactorStatus(MotCuaDbContext db, TwoFactorRequirement requirement)
{
    public async Task<TwoFactorState> HandleAsync(Guid officerId, CancellationToken ct)
    {
        var roles = await db.RoleGrants.AsNoTracking().Where(g => g.OfficerId == officerId).Select(g => g.Role).ToListAsync(ct);
        var enabledAt = await db.OfficerTwoFactors.AsNoTracking().Where(t => t.OfficerId == officerId).Select(t => (DateTimeOffset?)t.EnabledAt).FirstOrDefaultAsync(ct);
        var left = await db.OfficerRecoveryCodes.CountAsync(c => c.OfficerId == officerId, ct);
        return new TwoFactorState(enabledAt, left, requirement.IsRequired(roles));
    }
}
