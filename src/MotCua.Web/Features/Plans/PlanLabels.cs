using MotCua.Domain.Plans;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Plans;

/// <summary>How deadline problems read in Vietnamese and English; the English adds the domain's exact detail.</summary>
public static class PlanLabels
{
    /// <param name="entered">The deadline as entered, quoted in the Vietnamese message.</param>
    public static Text Due(DueProblem problem, string entered)
    {
        var vi = problem.Kind switch
        {
            DueProblemKind.OutsidePlanYear => "Thời hạn nằm ngoài năm của kế hoạch",
            DueProblemKind.YieldsNothing => "Quy tắc lặp không cho ngày nào trong năm của kế hoạch",
            DueProblemKind.InvalidRule => "Quy tắc lặp không đúng định dạng RFC 5545",
            DueProblemKind.UnsupportedRulePart => "Quy tắc lặp dùng thành phần không dùng được cho thời hạn (giờ trong ngày, lặp theo ngày hoặc ngắn hơn)",
            DueProblemKind.UnknownPhrasing => "Không đọc được thời hạn",
            DueProblemKind.EventTriggered => "Thời hạn phụ thuộc một sự kiện: nhập ngày cụ thể khi đã biết",
            _ => "Thời hạn không hợp lệ",
        };
        return new($"{vi} ({entered}).", problem.Detail);
    }
}
