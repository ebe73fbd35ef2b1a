using MotCua.Domain.Aggregates;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>An electronic result has legal value only when digitally signed: 4.1, 4.2 and target 04 count only verified signatures.</summary>
public sealed class ElectronicResultTests
{
    [Theory]
    [InlineData(ResultKind.Electronic, true, true)]
    [InlineData(ResultKind.ECertifiedCopy, true, true)]
    [InlineData(ResultKind.Electronic, false, false)]
    [InlineData(ResultKind.ECertifiedCopy, false, false)]
    [InlineData(ResultKind.Paper, false, false)]
    public void Only_a_result_with_a_verified_signature_is_an_electronic_result(ResultKind kind, bool hasSignature, bool electronic) =>
        Resolved(kind, hasSignature).HasElectronicResult.ShouldBe(electronic);

    [Fact]
    public void An_unsigned_electronic_result_is_not_tallied_as_one()
    {
        var tally = DossierTally.Of(Resolved(ResultKind.Electronic, hasSignature: false), [], withFees: false, resultIsDocument: true, ratedAt: null);

        tally.ShouldNotContain(c => c.Measure == DailyMeasure.ElectronicResult);
        DossierTally.Of(Resolved(ResultKind.Electronic, hasSignature: true), [], withFees: false, resultIsDocument: true, ratedAt: null)
            .ShouldContain(c => c.Measure == DailyMeasure.ElectronicResult);
    }

    [Fact]
    public void The_facts_read_the_signature_recorded_on_the_dossier()
    {
        var dossier = new Dossier
        {
            Code = "D1", Applicant = new Applicant("Nguyễn Văn An", null, null, null, null, null), ReceivedAt = Instant("2025-03-03T08:00+07:00"),
            DueAt = Instant("2025-03-07T17:00+07:00"), ResultKind = ResultKind.Electronic,
        };
        var procedure = new Domain.Catalog.Procedure { Code = "P1", Name = "Thủ tục", Field = "Hộ tịch" };

        EventFacts.Of(dossier, [], procedure).ResultSigned.ShouldBeFalse();
        dossier.ResultSignature = new ResultSignature { Signer = "UBND", SerialNumber = "01", Issuer = "CA", SignedAt = Instant("2025-03-05T08:00+07:00") };
        EventFacts.Of(dossier, [], procedure).ResultSigned.ShouldBeTrue();
    }

    private static DossierFacts Resolved(ResultKind kind, bool hasSignature) =>
        IndexFixtures.Dossier("D1", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00").Resolved("2025-03-05T10:00+07:00") with { Result = kind, ResultSigned = hasSignature };
}
