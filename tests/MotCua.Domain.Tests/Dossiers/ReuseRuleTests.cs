using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Issue 18, also found: an old birth-registration declaration was accepted for reuse in a new birth registration.
// The components are the seeded birth registration's (1.001193.000.00.00.H10).
public class ReuseRuleTests
{
    private static readonly Component Declaration = new("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, true, "Tờ khai đăng ký khai sinh (Mẫu TT 04/2020/TT-BTP)");
    private static readonly Component BirthCertificate = new("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", 1, 0, true, null);
    private static readonly Component BirthRecordCopy = new("Bản sao Giấy khai sinh của người được đăng ký thường trú", 1, 0, true, null);
    private const string BirthResult = "Giấy khai sinh (bản chính); bản sao Giấy khai sinh nếu có yêu cầu";

    [Fact]
    public void A_declaration_on_the_procedure_s_form_is_made_anew_even_from_the_same_form_given_before()
    {
        ReuseRule.IsDeclaration(Declaration).ShouldBeTrue();
        ReuseRule.SameKind(Declaration, Declaration.Name, null).ShouldBeTrue();
        ReuseRule.Fits(Declaration, Declaration.Name, null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Giấy chứng sinh hoặc giấy tờ thay thế Giấy chứng sinh", true)]
    [InlineData("  giay chung sinh hoac giay to thay the giay chung sinh ", true)]
    [InlineData("Tờ khai đăng ký khai sinh theo mẫu", false)]
    [InlineData("Văn bản ủy quyền (trường hợp ủy quyền đăng ký)", false)]
    public void Another_component_takes_a_paper_given_before_under_its_name_only(string earlier, bool fits)
    {
        ReuseRule.IsDeclaration(BirthCertificate).ShouldBeFalse();
        ReuseRule.Fits(BirthCertificate, earlier, null).ShouldBe(fits);
    }

    [Theory]
    [InlineData(BirthResult, true)]
    [InlineData("giấy khai sinh", true)]
    [InlineData("Trích lục kết hôn (bản chính)", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_result_stands_for_the_component_that_asks_for_the_paper_it_is(string? result, bool fits) =>
        ReuseRule.Fits(BirthRecordCopy, null, result).ShouldBe(fits);

    [Theory]
    [InlineData(BirthResult, "Giấy khai sinh")]
    [InlineData("Giấy chứng nhận đăng ký hộ kinh doanh", "Giấy chứng nhận đăng ký hộ kinh doanh")]
    [InlineData("Trích lục kết hôn, bản sao nếu có yêu cầu", "Trích lục kết hôn")]
    [InlineData(null, "")]
    public void A_result_is_the_paper_its_procedure_names_first(string? result, string paper) =>
        ReuseRule.ResultPaper(result).ShouldBe(paper);
}
