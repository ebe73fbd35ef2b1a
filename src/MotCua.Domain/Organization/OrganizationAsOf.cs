namespace MotCua.Domain.Organization;

/// <summary>
/// The unit tree as it stood on a day: each unit with the facts of its version covering that day. A unit with no
/// version covering it did not exist then and is left out; a unit never versioned (entered before versions were
/// kept) is taken as it is now.
/// </summary>
public static class OrganizationAsOf
{
    public static IReadOnlyList<Unit> Tree(IEnumerable<Unit> units, IEnumerable<UnitVersion> versions, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byUnit = versions.ToLookup(v => v.UnitId);
        var tree = new List<Unit>();
        foreach (var unit in units)
        {
            var own = byUnit[unit.Id];
            if (!own.Any())
            {
                tree.Add(unit);
            }
            else if (own.FirstOrDefault(v => v.Covers(day)) is { } version)
            {
                tree.Add(new Unit
                {
                    Id = unit.Id,
                    Code = unit.Code,
                    Name = version.Name,
                    Kind = version.Kind,
                    ParentId = version.ParentId,
                    AgencyCode = version.AgencyCode,
                    OneStopDeskId = version.OneStopDeskId,
                    IsActive = version.IsActive,
                    MergedIntoId = version.MergedIntoId,
                    SearchName = unit.SearchName,
                });
            }
        }

        return tree;
    }
}
