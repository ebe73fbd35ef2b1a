using System.Collections.Frozen;
using MotCua.Domain.Calendar;

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
    /// follow the list of its Phụ lục I as a secondary source publishes it (a new Mẫu 05, Thông báo dừng giải quyết hồ
    /// sơ, moves the control sheet to 06 and the register to 07). The circular's own text was not at hand, so the forms
    /// keep the 2018 layout and change what the titles say. That source dates the circular 15 September 2025: if the
    /// statute puts the first day later than 1 July, change the date here and nowhere else.
    /// </summary>
    public static FormEdition Circular03Of2025 { get; } = new(new DateOnly(2025, 7, 1), "Thông tư số 03/2025/TT-VPCP", AsksForExtension: true, Titles(
        (OneStopForm.Receipt, "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
        (OneStopForm.SupplementRequest, "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
        (OneStopForm.Refusal, "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
        (OneStopForm.Apology, "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết"),
        (OneStopForm.ControlSheet, "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
        (OneStopForm.Register, "07", "Sổ theo dõi hồ sơ")));

    /// <summary>Oldest first.</summary>
    public static IReadOnlyList<FormEdition> All { get; } = [Circular01Of2018, Circular03Of2025];

    /// <summary>The latest edition in force on <paramref name="day"/>.</summary>
    public static FormEdition On(DateOnly day) => All.Last(e => e.EffectiveFrom <= day);

    /// <summary>The edition for an event at <paramref name="instant"/>, judged by its calendar day in Vietnam.</summary>
    public static FormEdition At(DateTimeOffset instant) => On(DateOnly.FromDateTime(instant.ToOffset(WorkingCalendar.VietnamOffset).DateTime));

    /// <summary>The form for <paramref name="form"/> in the edition in force at <paramref name="instant"/>.</summary>
    public static OfficialForm Form(OneStopForm form, DateTimeOffset instant) => At(instant).Form(form);

    private static FrozenDictionary<OneStopForm, (string Number, string Title)> Titles(params (OneStopForm Form, string Number, string Title)[] forms) =>
        forms.ToFrozenDictionary(f => f.Form, f => (f.Number, f.Title));
}
