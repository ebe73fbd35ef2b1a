using MotCua.Domain.Organization;

namespace MotCua.Domain.Indicators;

/// <summary>
/// A parent unit's index (INDICATORS-766.md: "a unit's figures include all its descendants"): computed from the
/// union of its own and its descendants' facts, never as an average of their scores — a commune with 3 dossiers
/// must not weigh as much as one with 3,000.
/// </summary>
public static class ServiceIndexRollUp
{
    /// <summary>
    /// The facts of <paramref name="unitId"/> and every unit below it in <paramref name="tree"/> — the units its leader
    /// sees (DOMAIN.md §1) — taken from <paramref name="factsByUnit"/> (units without facts add nothing).
    /// </summary>
    public static IndexFacts FactsOf(Guid unitId, IEnumerable<(Guid Id, Guid? ParentId)> tree, IReadOnlyDictionary<Guid, IndexFacts> factsByUnit)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(factsByUnit);
        IReadOnlySet<Guid> units = UnitScope.Visible([new RoleGrant { UnitId = unitId, Role = Role.Leader }], tree);
        return Union(units.Where(factsByUnit.ContainsKey).Select(u => factsByUnit[u]));
    }

    /// <summary>
    /// All the facts, each record once: a procedure resolved by several communes, a decision published for all, or a
    /// feedback transferred between units counts once for their parent.
    /// </summary>
    public static IndexFacts Union(IEnumerable<IndexFacts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var all = parts.ToList();
        return new IndexFacts
        {
            Procedures = [.. all.SelectMany(f => f.Procedures).DistinctBy(p => p.Code, StringComparer.Ordinal)],
            Publications = [.. all.SelectMany(f => f.Publications).DistinctBy(p => p.DecisionNumber, StringComparer.Ordinal)],
            Dossiers = [.. all.SelectMany(f => f.Dossiers).DistinctBy(d => d.Code, StringComparer.Ordinal)],
            Feedback = [.. all.SelectMany(f => f.Feedback).DistinctBy(f => f.Code, StringComparer.Ordinal)],
        };
    }
}
