using MotCua.Domain.Text;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Text;

// Issue 5: the portal search forgives what people type on a phone.
public class FuzzyMatchTests
{
    private const string Birth = "1.001193.000.00.00.h10 dang ky khai sinh";

    [Theory]
    [InlineData("khai sinh", 0)]
    [InlineData("khai sin", 0)] // the start of a word, as typed
    [InlineData("dang ki khai sinh", 0)] // i and y in the same syllable
    [InlineData("khai sihn", 1)] // two letters swapped
    [InlineData("khia sinh", 1)]
    [InlineData("khai sinhh", 1)] // one letter extra
    [InlineData("khaii sinh", 1)]
    [InlineData("xkhai sinh", 1)] // one letter extra before the word: a slip too, not free
    [InlineData("kai sinh", 1)] // one letter missing
    [InlineData("khai xinh", 1)] // one letter wrong
    public void A_query_with_small_slips_still_finds_the_procedure(string query, int cost) =>
        FuzzyMatch.Cost(Birth, SearchText.Terms(query)).ShouldBe(cost);

    [Theory]
    [InlineData("khai tu")] // another procedure
    [InlineData("kết hôn")]
    [InlineData("khai sxyz")]
    [InlineData("sohn")] // two slips in a short word
    [InlineData("haix")] // "khai" without its first letter and with one extra: two slips
    [InlineData("dk khai sinh")] // words of two letters are not guessed
    [InlineData("1.001194")] // nor codes: a near code is another procedure
    public void A_query_too_far_finds_nothing(string query) =>
        FuzzyMatch.Cost(Birth, SearchText.Terms(query)).ShouldBeNull();

    [Fact]
    public void Longer_words_allow_two_slips() =>
        FuzzyMatch.Cost("cap giay chung nhan quyen su dung dat", SearchText.Terms("chung nahn quyeen")).ShouldBe(2);

    [Fact]
    public void An_exact_match_ranks_before_a_forgiven_one() =>
        FuzzyMatch.Cost("dang ky khai sinh", SearchText.Terms("khai sinh"))!.Value
            .ShouldBeLessThan(FuzzyMatch.Cost("dang ky khai sinh", SearchText.Terms("khai sihn"))!.Value);

    [Fact]
    public void A_word_of_six_letters_allows_one_slip_not_two()
    {
        // "khuyet" (xác nhận khuyết tật): "khuxet" has one letter wrong, "kuyxet" one missing and one extra.
        FuzzyMatch.Cost("xac nhan khuyet tat", ["khuxet"]).ShouldBe(1);
        FuzzyMatch.Cost("xac nhan khuyet tat", ["kuyxet"]).ShouldBeNull();
    }

    [Fact]
    public void A_blank_search_key_matches_no_short_word() =>
        FuzzyMatch.Cost("   ", ["dk"]).ShouldBeNull();

    [Fact]
    public void A_blank_search_key_matches_no_longer_word_either() =>
        FuzzyMatch.Cost("   ", ["khai"]).ShouldBeNull();

    [Fact]
    public void A_key_and_terms_are_required()
    {
        Should.Throw<ArgumentNullException>(() => FuzzyMatch.Cost(null!, ["khai"])).ParamName.ShouldBe("searchKey");
        Should.Throw<ArgumentNullException>(() => FuzzyMatch.Cost(Birth, null!)).ParamName.ShouldBe("terms");
    }
}
