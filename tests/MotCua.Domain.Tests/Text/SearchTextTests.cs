using MotCua.Domain.Text;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Text;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("  ĐĂNG   KÝ\tKẾT HÔN ", "dang ky ket hon")]
    [InlineData("Chứng thực bản sao từ bản chính", "chung thuc ban sao tu ban chinh")]
    [InlineData("Thủ tục đăng ký biến động quyền sử dụng đất", "thu tuc dang ky bien dong quyen su dung dat")]
    [InlineData("1.001193.000.00.00.H10", "1.001193.000.00.00.h10")]
    [InlineData("Xã Đak Ơ", "xa dak o")]
    [InlineData("Khuyết tật – trợ cấp", "khuyet tat – tro cap")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void The_search_key_is_lower_case_without_diacritics_and_with_single_spaces(string? text, string key)
    {
        SearchText.Normalize(text).ShouldBe(key);
    }

    [Fact]
    public void Composed_and_decomposed_Vietnamese_give_the_same_key()
    {
        // "ệ" typed as one code point (NFC) or as e + circumflex + dot below (NFD, as some keyboards send it).
        SearchText.Normalize("Ph\u1EC7").ShouldBe(SearchText.Normalize("Phe\u0302\u0323"));
    }

    [Fact]
    public void Query_terms_are_the_normalized_words()
    {
        SearchText.Terms("  Đăng KÝ  khai-sinh ").ShouldBe(["dang", "ky", "khai-sinh"]);
    }
}
