using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>One step of a dossier as the public lookup shows it: what happened, in words, and when (Vietnam time).</summary>
public sealed record PublicStep(string Type, string Text, DateTimeOffset At);

/// <summary>
/// The steps of a dossier an applicant may follow without signing in (issue 18, item 7): those that change what he must
/// do or expect. Who acted, internal notes, assignments and hand-overs between officers stay out; the work starting is
/// told once, at the first of them.
/// </summary>
public static class PublicTimeline
{
    private static readonly string[] Internal = [DossierActions.Name(DossierAction.Assign), DossierActions.Name(DossierAction.Transfer), DossierActions.Name(DossierAction.CompleteStep)];

    private const string Processing = "processing";

    public static IReadOnlyList<PublicStep> Of(IEnumerable<(string Type, DateTimeOffset At)> events)
    {
        var steps = new List<PublicStep>();
        foreach (var (type, at) in events)
        {
            var shown = Internal.Contains(type) ? Processing : type;
            if (shown == Processing && steps.Any(s => s.Type == Processing))
            {
                continue;
            }

            if (Words(shown) is { } words)
            {
                steps.Add(new PublicStep(shown, words, at));
            }
        }

        return steps;
    }

    private static string? Words(string type) => type switch
    {
        "submit" => Text.Pick("Đã nộp hồ sơ trực tuyến", "Submitted online"),
        "receive" => Text.Pick("Bộ phận Một cửa đã tiếp nhận hồ sơ", "Received by the one-stop desk"),
        Processing => Text.Pick("Hồ sơ được chuyển đến bộ phận giải quyết", "Handed to the office that decides it"),
        "request-supplement" => Text.Pick("Yêu cầu bổ sung, hoàn thiện hồ sơ", "Asked to complete the dossier"),
        "receive-supplement" => Text.Pick("Đã nhận giấy tờ bổ sung", "Supplement received"),
        "pause" => Text.Pick("Tạm dừng giải quyết theo quy định", "Paused as the law provides"),
        "resume" => Text.Pick("Tiếp tục giải quyết", "Processing resumed"),
        "apologize" => Text.Pick("Cơ quan xin lỗi và hẹn lại ngày trả kết quả", "The office apologized and set a new date"),
        "approve" => Text.Pick("Lãnh đạo đã phê duyệt", "Approved"),
        "issue-result" => Text.Pick("Đã có kết quả, chờ trả", "Result ready"),
        "return-result" => Text.Pick("Đã trả kết quả", "Result handed over"),
        "refuse" => Text.Pick("Từ chối giải quyết", "Refused"),
        "withdraw" => Text.Pick("Người nộp đã rút hồ sơ", "Withdrawn by the applicant"),
        _ => null,
    };

    /// <summary>Where the dossier stands, as a sentence an applicant understands without the office's vocabulary.</summary>
    public static string State(DossierStatus status) => status switch
    {
        DossierStatus.Submitted => Text.Pick("Hồ sơ đã được gửi, đang chờ Bộ phận Một cửa kiểm tra và tiếp nhận.", "Sent; waiting for the one-stop desk to check and receive it."),
        DossierStatus.InProgress => Text.Pick("Hồ sơ đang được giải quyết.", "The dossier is being processed."),
        DossierStatus.WaitingSupplement => Text.Pick("Hồ sơ cần bổ sung giấy tờ: xem phiếu yêu cầu bổ sung hoặc liên hệ Bộ phận Một cửa.", "Papers are missing: see the supplement request or ask the one-stop desk."),
        DossierStatus.Paused => Text.Pick("Việc giải quyết hồ sơ đang tạm dừng theo quy định.", "Processing is paused as the law provides."),
        DossierStatus.Approved => Text.Pick("Hồ sơ đã được phê duyệt, kết quả đang được hoàn thiện.", "Approved; the result is being prepared."),
        DossierStatus.ResultIssued => Text.Pick("Đã có kết quả: mời ông/bà nhận kết quả theo hình thức đã đăng ký.", "The result is ready: collect it the way you chose."),
        DossierStatus.Returned => Text.Pick("Đã trả kết quả. Hồ sơ đã hoàn thành.", "The result was handed over. The dossier is complete."),
        DossierStatus.Refused => Text.Pick("Hồ sơ bị từ chối giải quyết; lý do ghi trong phiếu từ chối.", "The dossier was refused; the refusal letter gives the reason."),
        DossierStatus.Withdrawn => Text.Pick("Hồ sơ đã được rút theo yêu cầu của người nộp.", "Withdrawn at the applicant's request."),
        _ => status.ToString(),
    };

    /// <summary>Only while the office still works on it does a unit "hold" the dossier.</summary>
    public static bool BeingProcessed(DossierStatus status) => status is DossierStatus.Submitted or DossierStatus.InProgress or DossierStatus.WaitingSupplement
        or DossierStatus.Paused or DossierStatus.Approved;
}
