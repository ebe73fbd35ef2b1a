using MotCua.Domain.Indicators;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The words the table editor shows for what the table keys in English (issue 18, item 10): the parameters its
/// formulas read, and each cell of the form, so that a refused figure is named as the administrator reads it.
/// </summary>
public static class TableLabels
{
    private static readonly Dictionary<string, Text> Parameters = new(StringComparer.Ordinal)
    {
        [TransparencyFormulas.PublicationDays] = new("Công bố trước ngày văn bản có hiệu lực (chỉ tiêu 1.1)", "Publication before the legal basis takes effect (indicator 1.1)"),
        [TransparencyFormulas.DisclosureDays] = new("Công khai trên Cơ sở dữ liệu quốc gia sau quyết định công bố (1.2)", "Disclosure on the national database after the decision (1.2)"),
        [FeedbackTimeliness.RefusalDays] = new("Từ chối tiếp nhận phản ánh, kiến nghị (5.2)", "Refusing a feedback (5.2)"),
        [FeedbackTimeliness.InformationRequestDays] = new("Đề nghị người phản ánh bổ sung thông tin (5.2)", "Asking the sender for more information (5.2)"),
        [FeedbackTimeliness.AnswerDays] = new("Trả lời phản ánh, kiến nghị (5.2)", "Answering a feedback (5.2)"),
        [FeedbackTimeliness.PublicationDays] = new("Công khai kết quả trả lời sau khi trả lời (5.2)", "Publishing the answer after answering (5.2)"),
    };

    /// <summary>A parameter in words; one the shipped table does not have (added through the JSON) keeps its key.</summary>
    public static string Parameter(string key) => Parameters.TryGetValue(key, out var name) ? name.ToString() : key;

    /// <summary>A cell of the form (<c>group:progress</c>, <c>max:2.1</c>, <c>param:…</c>, <c>rating:1</c>) as the administrator reads it.</summary>
    public static string Cell(IndicatorTable table, string key)
    {
        ArgumentNullException.ThrowIfNull(table);
        var parts = key.Split(':', 2);
        var (kind, id) = (parts[0], parts[1]);
        return kind switch
        {
            "group" => Text.Pick("Điểm tối đa của nhóm ", "Maximum of the group ") + Name(table.Groups.Single(g => g.Id == id)),
            "max" => Text.Pick("Điểm tối đa của chỉ tiêu ", "Points of indicator ") + id,
            "threshold" => Text.Pick("Ngưỡng của chỉ tiêu ", "Threshold of indicator ") + id,
            "param" => Text.Pick("Số ngày làm việc: ", "Working days: ") + Parameter(id),
            _ => Text.Pick("Điểm tối thiểu của xếp loại ", "Lowest total of the rating ")
                + Name(table.Ratings[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)]),
        };
    }

    private static string Name(IndicatorGroup group) => $"“{Text.Pick(group.Vi, group.En)}”";

    private static string Name(RatingBand band) => $"“{Text.Pick(band.Vi, band.En)}”";
}
