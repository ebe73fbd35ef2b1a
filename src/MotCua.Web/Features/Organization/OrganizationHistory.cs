using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// The unit tree as it stood on a day, for everything that computes a period: reports, the 766 index, the dashboard,
/// targets and late lists judge a period on the tree at its last day, or today while it runs (REPORTS.md says nothing
/// else), so a later reorganization leaves a past period's figures and names as they were.
/// </summary>
public sealed class OrganizationHistory(MotCuaDbContext db, TimeProvider clock)
{
    public static readonly Text NotYetFounded = new("Đơn vị chưa được thành lập trong kỳ.", "The unit did not exist yet in the period.");

    public async Task<IReadOnlyList<Unit>> AsOfAsync(DateOnly day, CancellationToken ct) =>
        OrganizationAsOf.Tree(
            await db.Units.AsNoTracking().ToListAsync(ct),
            await db.UnitVersions.AsNoTracking().ToListAsync(ct),
            day);

    public Task<IReadOnlyList<Unit>> ForPeriodAsync(DateOnly lastDay, CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        return AsOfAsync(lastDay < today ? lastDay : today, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, Unit>> ByIdForPeriodAsync(DateOnly lastDay, CancellationToken ct) =>
        (await ForPeriodAsync(lastDay, ct)).ToDictionary(u => u.Id);
}
