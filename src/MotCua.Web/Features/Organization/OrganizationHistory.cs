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

    /// <summary>The unit as it stood in a period's <paramref name="tree"/>; a 400 on <c>unitCode</c> when it did not exist yet.</summary>
    public static Outcome<Unit> InPeriod(IEnumerable<Unit> tree, Guid unitId) =>
        tree.FirstOrDefault(u => u.Id == unitId) is { } then ? then : Error.Validation("unitCode", NotYetFounded);

    /// <summary>
    /// The tree on <paramref name="day"/>. Today's is the units as they are (each change writes the unit and the version
    /// from today alike), so the pages and running periods that ask for it do not read the versions.
    /// </summary>
    public async Task<IReadOnlyList<Unit>> AsOfAsync(DateOnly day, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        return day == DossierPeriod.Today(clock) ? units : OrganizationAsOf.Tree(units, await db.UnitVersions.AsNoTracking().ToListAsync(ct), day);
    }

    public Task<IReadOnlyList<Unit>> ForPeriodAsync(DateOnly lastDay, CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        return AsOfAsync(lastDay < today ? lastDay : today, ct);
    }

    public async Task<IReadOnlyDictionary<Guid, Unit>> ByIdForPeriodAsync(DateOnly lastDay, CancellationToken ct) =>
        (await ForPeriodAsync(lastDay, ct)).ToDictionary(u => u.Id);
}
