using MotCua.Domain.Organization;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Portal;

/// <summary>The units a citizen can submit to: People's Committees, departments and service centres, not desks or internal divisions.</summary>
public static class PortalUnits
{
    public static IReadOnlyList<UnitInfo> Resolving(IEnumerable<UnitInfo> units) =>
        units.Where(u => u.Kind is UnitKind.Province or UnitKind.Department or UnitKind.ServiceCentre or UnitKind.District or UnitKind.Commune).ToList();
}
