using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Data;

namespace MotCua.Web.Common.Security;

/// <summary>The signed-in officer of this request and the units he may see.</summary>
public sealed class CurrentOfficer(IHttpContextAccessor accessor, MotCuaDbContext db)
{
    private IReadOnlySet<Guid>? visible;

    public string UserName => accessor.HttpContext?.User.Identity?.Name ?? "system";

    public IReadOnlyList<RoleGrant> Grants => accessor.HttpContext is { } http ? OfficerClaims.Grants(http.User) : [];

    public bool Has(Role role) => Grants.Any(g => g.Role == role);

    /// <summary>Administrators see every unit; others their units (and children per role).</summary>
    public async Task<IReadOnlySet<Guid>> VisibleUnitIdsAsync(CancellationToken ct)
    {
        if (visible is not null)
        {
            return visible;
        }

        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        visible = UnitScope.Visible(Grants, tree.Select(u => (u.Id, u.ParentId)));
        return visible;
    }
}
