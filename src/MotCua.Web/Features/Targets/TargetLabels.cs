using MotCua.Domain.Indicators.Targets;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Targets;

/// <summary>The indicators' and lights' names in Vietnamese and English (ADR 0001).</summary>
public static class TargetLabels
{
    public static string Name(TargetIndicator indicator) => indicator switch
    {
        TargetIndicator.OnlinePayment => Text.Pick("Tỷ lệ thanh toán trực tuyến", "Online payment share"),
        TargetIndicator.OnlineDossiers => Text.Pick("Tỷ lệ hồ sơ trực tuyến", "Online dossier share"),
        TargetIndicator.Digitization => Text.Pick("Tỷ lệ số hóa hồ sơ, kết quả", "Digitization rate"),
        TargetIndicator.ElectronicResults => Text.Pick("Tỷ lệ cấp kết quả điện tử", "Electronic results"),
        TargetIndicator.ElectronicCertifiedCopies => Text.Pick("Tỷ lệ chứng thực bản sao điện tử từ bản chính", "Electronic certified copies"),
        TargetIndicator.Reuse => Text.Pick("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", "Reuse of digitized data"),
        TargetIndicator.PublicationOnTime => Text.Pick("Tỷ lệ công bố, công khai TTHC đúng hạn", "Procedures published on time"),
        TargetIndicator.PortalSynchronized => Text.Pick("Tỷ lệ hồ sơ đồng bộ đầy đủ trên Cổng DVC quốc gia", "Dossiers synchronized to the national portal"),
        TargetIndicator.FeedbackOnTime => Text.Pick("Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn", "Feedback handled on time"),
        TargetIndicator.Satisfaction => Text.Pick("Mức độ hài lòng", "Satisfaction"),
        TargetIndicator.DocumentsOnline => Text.Pick("Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng", "Documents handled online"),
        _ => Text.Pick("Tỷ lệ hồ sơ giải quyết đúng hạn", "Dossiers resolved on time"),
    };

    public static string Light(TargetLight light) => light switch
    {
        TargetLight.Met => Text.Pick("Đạt", "Met"),
        TargetLight.Near => Text.Pick("Gần đạt", "Near"),
        TargetLight.Missed => Text.Pick("Không đạt", "Missed"),
        _ => Text.Pick("Không có dữ liệu", "No data"),
    };

    /// <summary>Said wherever an indicator has no data source in MotCua yet, instead of a figure.</summary>
    public static string NoSource => Text.Pick("Chưa có nguồn dữ liệu trong MotCua", "No data source in MotCua yet");
}
