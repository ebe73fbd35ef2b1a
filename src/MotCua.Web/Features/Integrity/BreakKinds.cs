using MotCua.Web.Common;

namespace MotCua.Web.Features.Integrity;

/// <summary>The kinds of break, each with what it means for the record found there.</summary>
public static class BreakKinds
{
    /// <summary>The record's fields (time, actor, kind, note…) are not those it was written with.</summary>
    public const string Altered = "altered";

    /// <summary>The record with this number is gone from the middle of the chain.</summary>
    public const string Missing = "missing";

    /// <summary>The chain ends before the number its head was given: the last records were deleted.</summary>
    public const string Truncated = "truncated";

    /// <summary>The record carries no hash: written around the application.</summary>
    public const string Unchained = "unchained";

    /// <summary>The chain goes on past its head, or has no head: records added around the application.</summary>
    public const string Unanchored = "unanchored";

    /// <summary>The record differs from the head a daily anchor holds for it: the chain was rewritten after that day.</summary>
    public const string Anchor = "anchor";

    public static Text Describe(string kind, int sequence) => kind switch
    {
        Altered => new Text("Bản ghi số {0} đã bị sửa sau khi ghi (thời gian, người thực hiện, loại hoặc nội dung).", "Record #{0} was changed after it was written (time, actor, kind or content).").Format(sequence),
        Missing => new Text("Bản ghi số {0} đã bị xóa khỏi chuỗi.", "Record #{0} was deleted from the chain.").Format(sequence),
        Truncated => new Text("Chuỗi dừng trước bản ghi số {0}: các bản ghi cuối đã bị xóa.", "The chain stops before record #{0}: its last records were deleted.").Format(sequence),
        Unchained => new Text("Bản ghi số {0} không có mã băm: được ghi ngoài ứng dụng.", "Record #{0} has no hash: it was written around the application.").Format(sequence),
        Unanchored => new Text("Từ bản ghi số {0}, chuỗi không khớp với điểm neo của nó: bản ghi được thêm ngoài ứng dụng.", "From record #{0} on, the chain does not match its head: records were added around the application.").Format(sequence),
        _ => new Text("Bản ghi số {0} khác với điểm neo hằng ngày: chuỗi đã bị viết lại sau ngày neo.", "Record #{0} differs from its daily anchor: the chain was rewritten after that day.").Format(sequence),
    };
}
