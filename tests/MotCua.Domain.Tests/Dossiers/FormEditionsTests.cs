using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §4, "Forms by period": Circular 01/2018/TT-VPCP forms until 30 June 2025, Circular 03/2025/TT-VPCP (guiding
// Decree 118/2025/NĐ-CP) from 1 July 2025, judged by the day of the event in Vietnam time (UTC+7). The instants either
// side of midnight in Vietnam go through the product in Web.Tests FormEditionTests.
public class FormEditionsTests
{
    [Theory]
    [InlineData("2019-01-08", "Thông tư số 01/2018/TT-VPCP")]
    [InlineData("2025-06-30", "Thông tư số 01/2018/TT-VPCP")] // the last day of the 2018 forms, up to 23:59 in Vietnam
    [InlineData("2025-07-01", "Thông tư số 03/2025/TT-VPCP")] // from 00:00 in Vietnam (30 June 17:00 UTC)
    [InlineData("2026-11-24", "Thông tư số 03/2025/TT-VPCP")]
    [InlineData("2010-05-04", "Thông tư số 01/2018/TT-VPCP")] // an imported old dossier: the oldest forms shipped
    public void The_edition_is_the_one_in_force_on_the_day(string day, string circular)
    {
        FormEditions.On(Day(day)).Circular.ShouldBe(circular);
    }

    [Theory]
    [InlineData(OneStopForm.Receipt, "2025-06-30", "Mẫu số 01 ban hành kèm theo Thông tư số 01/2018/TT-VPCP", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")]
    [InlineData(OneStopForm.Receipt, "2025-07-01", "Mẫu số 01 ban hành kèm theo Thông tư số 03/2025/TT-VPCP", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")]
    [InlineData(OneStopForm.Apology, "2025-06-30", "Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP", "Phiếu xin lỗi và hẹn lại ngày trả kết quả")]
    [InlineData(OneStopForm.Apology, "2025-07-01", "Mẫu số 04 ban hành kèm theo Thông tư số 03/2025/TT-VPCP", "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết")]
    [InlineData(OneStopForm.ControlSheet, "2025-06-30", "Mẫu số 05 ban hành kèm theo Thông tư số 01/2018/TT-VPCP", "Phiếu kiểm soát quá trình giải quyết hồ sơ")]
    [InlineData(OneStopForm.ControlSheet, "2025-07-01", "Mẫu số 06 ban hành kèm theo Thông tư số 03/2025/TT-VPCP", "Phiếu kiểm soát quá trình giải quyết hồ sơ")]
    [InlineData(OneStopForm.Register, "2025-07-01", "Mẫu số 07 ban hành kèm theo Thông tư số 03/2025/TT-VPCP", "Sổ theo dõi hồ sơ")]
    [InlineData(OneStopForm.Refusal, "2025-07-01", "Mẫu số 03 ban hành kèm theo Thông tư số 03/2025/TT-VPCP", "Phiếu từ chối tiếp nhận giải quyết hồ sơ")]
    public void Each_form_takes_its_number_title_and_reference_from_its_edition(OneStopForm kind, string day, string reference, string title)
    {
        var form = FormEditions.On(Day(day)).Form(kind);

        form.Reference.ShouldBe(reference);
        form.Title.ShouldBe(title);
    }

    [Fact]
    public void Only_the_2025_apology_asks_to_extend_the_time_for_resolution()
    {
        FormEditions.Circular01Of2018.AsksForExtension.ShouldBeFalse();
        FormEditions.Circular03Of2025.AsksForExtension.ShouldBeTrue();
    }

    [Fact]
    public void Every_edition_has_a_form_for_every_paper_and_editions_are_in_date_order()
    {
        FormEditions.All.ShouldAllBe(e => Enum.GetValues<OneStopForm>().All(e.Titles.ContainsKey));
        FormEditions.All.Select(e => e.EffectiveFrom).ShouldBeInOrder(SortDirection.Ascending);
    }
}
