using System.Globalization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reviews;

/// <summary>How the review pages and exports show money, shares and a proposal's status.</summary>
public static class ReviewText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string Money(decimal amount) => amount.ToString("#,0", Vi) + " đ";

    public static string Percent(decimal? share) => share is { } p ? p.ToString("0.##", Vi) + " %" : "—";

    public static string Status(string status) => status == ReviewStatus.Approved ? Text.Pick("Đã phê duyệt", "Approved") : Text.Pick("Đề xuất, chờ phê duyệt", "Proposed, awaiting approval");

    /// <summary>Where a procedure of a review list stands: no review form yet, or its review's status.</summary>
    public static string ItemStatus(string status) => status == ListReviewItems.NotStarted ? Text.Pick("Chưa rà soát", "Not reviewed yet") : Status(status);

    public static string Meets(bool meets) => meets ? Text.Pick("Đạt", "Yes") : Text.Pick("Chưa đạt", "No");
}
