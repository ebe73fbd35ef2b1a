namespace MotCua.Web.Common;

/// <summary>A page of a list, as API.md fixes it: items, page, pageSize, total.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

/// <summary>Paging input shared by every list; validated before the query runs.</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    public static Outcome<PageRequest> From(int? page, int? pageSize)
    {
        var request = new PageRequest(page ?? 1, pageSize ?? 50);
        if (request.Page < 1)
        {
            return Error.Validation("page", new("Số trang phải từ 1 trở lên.", "page must be 1 or more."));
        }

        if (request.PageSize is < 1 or > MaxPageSize)
        {
            return Error.Validation("pageSize", new Text("Số dòng mỗi trang phải từ 1 đến {0}.", "pageSize must be between 1 and {0}.").Format(MaxPageSize));
        }

        return request;
    }
}
