using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>
/// The signed-in officer of this request and the units he may see. Outside a request (start-up
/// seeding, scheduled jobs) the code acts as the system, which sees every unit.
/// </summary>
public sealed class CurrentOfficer(IHttpContextAccessor accessor, MotCuaDbContext db, UnitDirectory directory)
{
    private IReadOnlySet<Guid>? visible;

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "system";

    /// <summary>Whether an officer is signed in; false for a citizen on a public page and for jobs.</summary>
    public bool IsSignedIn => accessor.HttpContext?.User.Identity?.IsAuthenticated == true;

    public IReadOnlyList<RoleGrant> Grants => accessor.HttpContext is { } http ? OfficerClaims.Grants(http.User) : [];

    /// <summary>An officer's units, and the units below them for leaders, KSTTHC officers and administrators.</summary>
    public async Task<IReadOnlySet<Guid>> VisibleUnitIdsAsync(CancellationToken ct)
    {
        if (visible is not null)
        {
            return visible;
        }

        visible = VisibleIn((await directory.AllAsync(db, ct)).Values.Select(u => (u.Id, u.ParentId)));
        return visible;
    }

    /// <summary>The units he may see in <paramref name="tree"/>, a tree as it stood in a past period.</summary>
    public IReadOnlySet<Guid> VisibleIn(IEnumerable<(Guid Id, Guid? ParentId)> tree) =>
        accessor.HttpContext is null ? tree.Select(u => u.Id).ToHashSet() : UnitScope.Visible(Grants, tree);
}
