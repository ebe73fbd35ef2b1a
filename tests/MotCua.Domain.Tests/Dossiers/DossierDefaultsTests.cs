using MotCua.Domain.Dossiers;
using MotCua.Domain.Files;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

public sealed class DossierDefaultsTests
{
    [Fact]
    public void A_new_dossier_has_an_empty_search_key_until_the_web_layer_writes_one() =>
        new Dossier { Code = "000.00.17.H10-251124-0001", Applicant = new Applicant("Nguyễn Văn A", null, null, null, null, null) }
            .SearchText.ShouldBeEmpty();

    [Theory]
    [InlineData(null, true)]             // a file of no component is the result the unit returns
    [InlineData("Tờ khai", false)]
    public void An_attachment_of_no_component_is_the_result(string? component, bool isResult) =>
        new DossierAttachment { ComponentName = component, File = new StoredFile("ab12", 10, "application/pdf", "ketqua.pdf"), UploadedBy = "chuyenvien" }
            .IsResult.ShouldBe(isResult);
}
