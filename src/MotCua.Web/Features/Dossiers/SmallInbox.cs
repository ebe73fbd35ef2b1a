namespace MotCua.Web.Features.Dossiers;

/// <summary>What the inbox's order and cursor read of a dossier.</summary>
public sealed record InboxKey(Guid Id, DateTimeOffset? DueAt, string Code);

/// <summary>
/// An officer's open work, read whole and ordered here while it is small (issue 19). Asked for a page in due order,
/// PostgreSQL walks the province's open dossiers in that order, expecting the officer's spread evenly among them; the
/// few of one leader's units cost it thousands of rows (at 5 million dossiers with 6,433 open: 6,548 blocks for 14).
/// Asked for them in no order, it reads only his through the unit indexes. The order is the inbox's: by due instant
/// then code, those not yet received after them by code; codes compare ordinally, as SQLite's and a C collation's do.
/// </summary>
public static class SmallInbox
{
    /// <summary>Above this many, the ordered walk finds a page sooner than reading every one of them.</summary>
    public const int Most = 500;

    public static IComparer<InboxKey> Order { get; } = Comparer<InboxKey>.Create(Compare);

    /// <summary>The keys of the page (one more than its size, which says another follows): on from the cursor, or after the pages before it.</summary>
    public static List<InboxKey> Page(IReadOnlyList<InboxKey> ordered, InboxPaging paging)
    {
        var start = paging.After is { } after
            ? ordered.Count(k => Compare(k, new InboxKey(Guid.Empty, after.DueAt, after.Code)) <= 0)
            : paging.Page.Skip;
        return [.. ordered.Skip(start).Take(paging.Page.PageSize + 1)];
    }

    private static int Compare(InboxKey a, InboxKey b) => (a.DueAt, b.DueAt) switch
    {
        (null, null) => string.CompareOrdinal(a.Code, b.Code),
        (null, _) => 1,
        (_, null) => -1,
        ({ } x, { } y) when x != y => x.CompareTo(y),
        _ => string.CompareOrdinal(a.Code, b.Code),
    };
}
