using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Where the next page of the inbox continues (keyset paging, issue 19): the last row's due instant and code, and the
/// number of the page it ended. Opaque to clients; reading on from it costs the page, not the rows before it.
/// </summary>
public sealed record InboxCursor(int Page, DateTimeOffset? DueAt, string Code)
{
    private static readonly Error Malformed = Error.Validation("after", new(
        "Vị trí tiếp tục (after) không hợp lệ: hãy dùng giá trị next của trang trước.", "after is not valid: use the previous page's next."));

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Page}|{DueAt?.UtcTicks}|{Code}")));

    public static Outcome<InboxCursor> Parse(string text)
    {
        var parts = Base64Url.IsValid(text) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 3) : [];
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1 || parts[2].Length == 0)
        {
            return Malformed;
        }

        if (parts[1].Length == 0)
        {
            return new InboxCursor(page, null, parts[2]);
        }

        return long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new InboxCursor(page, new DateTimeOffset(ticks, TimeSpan.Zero), parts[2])
            : Malformed;
    }
}

/// <summary>A page of the inbox: the list contract of API.md, with <see cref="Next"/> to read on from and no <see cref="Total"/> when read on from a cursor.</summary>
public sealed record DossierPage(IReadOnlyList<DossierSummary> Items, int Page, int PageSize, int? Total, string? Next);
