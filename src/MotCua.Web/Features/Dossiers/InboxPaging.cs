using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// How the inbox pages: by number with a total (API.md's list contract, for the clients that page so), or on from a
/// cursor, counting nothing: reading the next page then costs that page, not every dossier of the units.
/// </summary>
public sealed record InboxPaging
{
    private InboxPaging(PageRequest page, InboxCursor? after, bool counted) => (Page, After, Counted) = (page, after, counted);

    public PageRequest Page { get; }

    public InboxCursor? After { get; }

    /// <summary>Whether the rows are counted: only for the first read of a list paged by number, which has no cursor.</summary>
    public bool Counted { get; }

    /// <summary>The API's paging: <c>page</c> and <c>pageSize</c> as every list has them, or <c>after</c> (a <see cref="DossierPage.Next"/>) instead of <c>page</c>.</summary>
    public static Outcome<InboxPaging> From(int? page, int? pageSize, string? after)
    {
        var request = PageRequest.From(page, pageSize);
        if (request.Failed || after is null)
        {
            return request.Failed ? request.Error : new InboxPaging(request.Value, null, counted: true);
        }

        if (page is not null)
        {
            return Error.Validation("page", new("Không dùng page cùng với after: trang tiếp theo đã nằm trong after.", "page cannot go with after: after already names the next page."));
        }

        var cursor = InboxCursor.Parse(after);
        return cursor.Failed ? cursor.Error : new InboxPaging(request.Value, cursor.Value, counted: false);
    }

    /// <summary>The inbox page's paging: from the first row, or on from a cursor, never counted (the tabs count the queues).</summary>
    public static InboxPaging Browsing(int pageSize, InboxCursor? after) => new(new PageRequest(1, pageSize), after, counted: false);
}

/// <summary>The rows past a cursor in the inbox's orders: (DueAt, Code) up, or down for the newest first.</summary>
public static class InboxKeyset
{
    // The redundant bound on DueAt alone is what an index on (DueAt, Code) can seek to; the second condition is exact.
    public static IQueryable<Dossier> After(IQueryable<Dossier> rows, InboxCursor? cursor) => cursor switch
    {
        null => rows,
        { DueAt: { } due, Code: var code } => rows.Where(d => d.DueAt >= due && (d.DueAt > due || d.Code.CompareTo(code) > 0)),
        { Code: var code } => rows.Where(d => d.Code.CompareTo(code) > 0),
    };

    public static IQueryable<Dossier> Before(IQueryable<Dossier> rows, InboxCursor? cursor) => cursor switch
    {
        null => rows,
        { DueAt: { } due, Code: var code } => rows.Where(d => d.DueAt <= due && (d.DueAt < due || d.Code.CompareTo(code) < 0)),
        { Code: var code } => rows.Where(d => d.Code.CompareTo(code) < 0),
    };
}
