using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// DOMAIN.md §6: one rating per dossier, by its applicant, after the result.
public class RatingTests
{
    private static readonly Applicant An = new("Nguyễn Văn An", "079203001234", "0912345678", null, null, null);

    [Theory]
    [InlineData(DossierStatus.ResultIssued, true)]
    [InlineData(DossierStatus.Returned, true)]
    [InlineData(DossierStatus.InProgress, false)]
    [InlineData(DossierStatus.Approved, false)]
    [InlineData(DossierStatus.Refused, false)]
    [InlineData(DossierStatus.Withdrawn, false)]
    public void Only_a_dossier_with_its_result_can_be_rated(DossierStatus status, bool allowed) =>
        Rating.CanRate(status, null).ShouldBe(allowed);

    [Fact]
    public void A_dossier_is_rated_once() =>
        Rating.CanRate(DossierStatus.Returned, new Rating(DateTimeOffset.UnixEpoch, SatisfactionLevel.Satisfied)).ShouldBeFalse();

    [Theory]
    [InlineData("079203001234", true)]
    [InlineData(" 079203001234 ", true)]
    [InlineData("0912345678", true)]
    [InlineData("+84912345678", true)]
    [InlineData("079203001235", false)]
    [InlineData("0912345679", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_applicant_proves_himself_with_the_ID_number_or_phone_he_declared(string? proof, bool applicant) =>
        Rating.IsApplicant(An, proof).ShouldBe(applicant);
}
