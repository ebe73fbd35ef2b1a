namespace MotCua.Web.Common;

/// <summary>What the shared <c>_Pager</c> partial needs: where the list is, and how to link to another page of it.</summary>
public sealed record Pager(int Page, int PageSize, int Total, Func<int, string> Link)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static Pager Of<T>(Paged<T> paged, Func<int, string> link) => new(paged.Page, paged.PageSize, paged.Total, link);
}
