using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Organization;

/// <summary>The acts, latest effective day first, and one act.</summary>
public sealed class ListReorganizations(MotCuaDbContext db)
{
    public async Task<IReadOnlyList<ReorganizationInfo>> HandleAsync(CancellationToken ct) =>
        [.. (await db.Reorganizations.AsNoTracking().ToListAsync(ct)).OrderByDescending(r => r.EffectiveOn).ThenByDescending(r => r.CreatedAt).Select(ReorganizationInfo.Of)];

    public async Task<Outcome<ReorganizationInfo>> OneAsync(Guid id, CancellationToken ct) =>
        await db.Reorganizations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } act
            ? ReorganizationInfo.Of(act)
            : ReorganizationLookup.NotFound(id);
}
