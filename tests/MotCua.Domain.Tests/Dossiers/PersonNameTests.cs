using System.Text;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Names on public lookups are masked (Decree 13/2023/NĐ-CP on personal data; DOMAIN.md §11 "masked data only").
public class PersonNameTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "N***** V** A*")]         // brief example
    [InlineData("Đỗ Thị Ánh Nguyệt", "Đ* T** Á** N*****")] // Đ and Á kept whole; ệ is one letter
    [InlineData("Trương Thị Phương", "T***** T** P*****")] // ư and ơ are letters of their own
    [InlineData("Ông Ích Khiêm", "Ô** Í** K****")]         // a word may start with a marked vowel
    [InlineData("Lê", "L*")]
    [InlineData("A", "A")]                                 // a one-letter word hides nothing more
    [InlineData("  Trần   Thị\tBích  ", "T*** T** B***")]   // any white space separates words
    [InlineData("", "")]
    public void Each_word_keeps_its_first_letter_and_hides_the_others_one_star_per_letter(string name, string masked) =>
        PersonName.Mask(name).ShouldBe(masked);

    [Theory]
    [InlineData("Nguye\u0302\u0303n", "N*****")]   // ễ typed as e + circumflex + tilde is still one letter
    [InlineData("A\u0301nh", "Á**")]               // a decomposed first letter comes back composed
    [InlineData("Đo\u0302\u0303", "Đ*")]
    public void A_letter_typed_with_combining_marks_counts_once(string name, string masked) =>
        PersonName.Mask(name).ShouldBe(masked);

    [Theory]
    [InlineData("Đỗ Thị Ánh Nguyệt")]
    [InlineData("Nguyễn Văn An")]
    [InlineData("Ông Ích Khiêm")]
    public void A_name_masks_the_same_whether_composed_or_decomposed(string name) =>
        PersonName.Mask(name.Normalize(NormalizationForm.FormD)).ShouldBe(PersonName.Mask(name));
}
