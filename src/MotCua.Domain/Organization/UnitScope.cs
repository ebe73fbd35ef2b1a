namespace MotCua.Domain.Organization;

/// <summary>
/// Which units an officer may see (DOMAIN.md §1): the units he holds a role in, and, for leaders,
/// KSTTHC officers and administrators, every unit below them.
/// </summary>
public static class UnitScope
{
    public static IReadOnlySet<Guid> Visible(IEnumerable<RoleGrant> grants, IEnumerable<(Guid Id, Guid? ParentId)> tree)
    {
        var children = tree
            .Where(u => u.ParentId is not null)
            .ToLookup(u => u.ParentId!.Value, u => u.Id);
        var visible = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            visible.Add(grant.UnitId);
            if (grant.Role is Role.Leader or Role.KsttOfficer or Role.Administrator)
            {
                AddDescendants(grant.UnitId, children, visible);
            }
        }

        return visible;
    }

    private static void AddDescendants(Guid root, ILookup<Guid, Guid> children, HashSet<Guid> visible)
    {
        var pending = new Stack<Guid>([root]);
        while (pending.TryPop(out var current))
        {
            foreach (var child in children[current])
            {
                if (visible.Add(child))
                {
                    pending.Push(child);
                }
            }
        }
    }
}
