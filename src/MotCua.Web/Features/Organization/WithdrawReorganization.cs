using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>Thu hồi: an act not yet in force is withdrawn, and nothing of it will happen; one in force is history.</summary>
public sealed class WithdrawReorganization(MotCuaDbContext db)
{
    public async Task<Outcome<ReorganizationInfo>> HandleAsync(Guid id, CancellationToken ct)
    {
        var act = await db.Reorganizations.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (act is null)
        {
            return ReorganizationLookup.NotFound(id);
        }

        if (!act.CanWithdraw)
        {
            return ReorganizationLookup.InForce;
        }

        act.Status = ReorganizationStatus.Withdrawn;
        await db.SaveChangesAsync(ct);
        return ReorganizationInfo.Of(act);
    }
}
