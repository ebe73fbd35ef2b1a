using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Portal;

public static class RatingLabels
{
    public static string Level(SatisfactionLevel level) => level switch
    {
        SatisfactionLevel.VerySatisfied => Text.Pick("Rất hài lòng", "Very satisfied"),
        SatisfactionLevel.Satisfied => Text.Pick("Hài lòng", "Satisfied"),
        _ => Text.Pick("Không hài lòng", "Not satisfied"),
    };

    public static string Reason(RatingReason reason) => reason switch
    {
        RatingReason.Time => Text.Pick("Thời gian giải quyết", "Time taken"),
        RatingReason.Attitude => Text.Pick("Thái độ, tác phong của cán bộ", "Officers' manner"),
        RatingReason.Guidance => Text.Pick("Hướng dẫn, số lần phải đi lại", "Guidance, number of visits"),
        RatingReason.Paperwork => Text.Pick("Thủ tục, giấy tờ", "Paperwork"),
        RatingReason.Cost => Text.Pick("Phí, lệ phí và chi phí khác", "Fees and other costs"),
        RatingReason.Facilities => Text.Pick("Nơi tiếp nhận, cơ sở vật chất", "Premises"),
        _ => Text.Pick("Dịch vụ công trực tuyến", "Online service"),
    };
}
