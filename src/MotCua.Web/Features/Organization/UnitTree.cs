namespace MotCua.Web.Features.Organization;

/// <summary>
/// Depth of each unit in the tree-ordered list of <see cref="ListUnits"/>, so that tables and
/// selects can indent children under their parent.
/// </summary>
public static class UnitTree
{
    public static IReadOnlyDictionary<string, int> Depths(IReadOnlyList<UnitInfo> units)
    {
        var depths = new Dictionary<string, int>(units.Count);
        foreach (var unit in units)
        {
            depths[unit.Code] = unit.ParentCode is { } parent && depths.TryGetValue(parent, out var d) ? d + 1 : 0;
        }

        return depths;
    }
}
