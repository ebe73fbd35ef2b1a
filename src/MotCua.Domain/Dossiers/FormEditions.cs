using System.Collections.Frozen;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Which edition of the one-stop forms a paper follows (DOMAIN.md §4, "Forms by period"): the edition in force on the
/// day, in Vietnam time, of the event the paper records — receipt for the receipt and the control sheet, the request
/// for a supplement request, the refusal, the apology — so a paper printed again later reads as it did when issued.
/// </summary>
public static class FormEditions
{
    /// <summary>
    /// Circular 01/2018/TT-VPCP guiding Decree 61/2018/NĐ-CP, Mẫu 01–06: in force for every day before the 2025
    /// edition, as the product ships no older forms.
    /// </summary>
    public static FormEdition Circular01Of2018 { get; } = new(DateOnly.MinValue, "Thông tư số 01/2018/TT-VPCP", AsksForExtension: false, Titles(
        (OneStopForm.Receipt, "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        (OneStopForm.SupplementRequest, "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
        (OneStopForm.Refusal, "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
        (OneStopForm.Apology, "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
        (OneStopForm.ControlSheet, "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        (OneStopForm.Register, "06", "Sổ theo dõi hồ sơ")));

    /// <summary>
    /// Circular 03/2025/TT-VPCP guiding Decree 118/2025/NĐ-CP, from 1 July 2025 as DOMAIN.md states. Numbers and titles
    /// follow the list of its Phụ lục I as a secondary source publishes it: form 04 is renamed, and a new Mẫu 05 (Thông
    /// báo dừng giải quyết hồ sơ, not printed here) moves the control sheet to 06 and the register to 07; the other
    /// titles stay. The circular's own text was not at hand, so the forms keep the 2018 layout and change what the
    /// titles say. That source dates the circular 15 September 2025: if the statute puts the first day later than
    /// 1 July, change the date here and nowhere else.
    /// </summary>
    public static FormEdition Circular03Of2025 { get; } = new(new DateOnly(2025, 7, 1), "Thông tư số 03/2025/TT-VPCP", AsksForExtension: true, Revised(
        Circular01Of2018,
        (OneStopForm.Apology, "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
        (OneStopForm.ControlSheet, "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        (OneStopForm.Register, "07", "Sổ theo dõi hồ sơ")));

    /// <summary>Oldest first.</summary>
    public static IReadOnlyList<FormEdition> All { get; } = [Circular01Of2018, Circular03Of2025];

    /// <summary>
    /// The latest edition in force on <paramref name="day"/>, a calendar day in Vietnam: a paper is dated the Vietnam
    /// day of its event (an event at 23:59 on 30 June 2025, 16:59 UTC, is of 30 June; one at 00:00 on 1 July, of 1 July).
    /// </summary>
    public static FormEdition On(DateOnly day) => All.Last(e => e.EffectiveFrom <= day);

    private static FrozenDictionary<OneStopForm, (string Number, string Title)> Titles(params (OneStopForm Form, string Number, string Title)[] forms) =>
        forms.ToFrozenDictionary(f => f.Form, f => (f.Number, f.Title));

    /// <summary>The forms of an earlier edition, some of them renumbered or renamed.</summary>
    private static FrozenDictionary<OneStopForm, (string Number, string Title)> Revised(FormEdition earlier, params (OneStopForm Form, string Number, string Title)[] changed) =>
        Titles([.. earlier.Titles.Where(t => changed.All(c => c.Form != t.Key)).Select(t => (t.Key, t.Value.Number, t.Value.Title)), .. changed]);
}
