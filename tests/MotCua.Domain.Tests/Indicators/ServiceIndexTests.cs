using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// A worked example of INDICATORS-766.md over March 2025: three procedures, five dossiers, no publication decision and
// no feedback. Every dossier is due Fri 7 March 17:00.
//   FULL: full online (eligible), result a document, fees integrated with online payment, for citizens, complete.
//   PART: partial online, result not a document, fees not integrated, complete.
//   NONE: not online, certified copy (result a document), no fees, for citizens, incomplete content.
//   d1 FULL online,  resolved 5 Mar, electronic result, components upload + reuse, VNeID, paid online 3 Mar, synchronized.
//   d2 FULL counter, resolved 6 Mar, paper result, scanned.
//   d3 PART online,  in progress (overdue on 31 Mar), from the personal data store, fees exempted.
//   d4 NONE postal,  resolved 7 Mar, electronic certified copy, one component on paper, one from the population database.
//   d5 NONE counter, resolved 7 Mar, paper result, scanned, rated "unsatisfied".
public class ServiceIndexTests
{
    internal static readonly IndexFacts Example = new()
    {
        Procedures =
        [
            Procedure("FULL") with { HasCompleteContent = true, Online = OnlineLevel.Full, FullOnlineEligible = true, ResultIsDocument = true, HasFees = true, OnlinePaymentIntegrated = true, ForCitizens = true },
            Procedure("PART") with { HasCompleteContent = true, Online = OnlineLevel.Partial, HasFees = true },
            Procedure("NONE") with { HasCompleteContent = false, ResultIsDocument = true, IsCertifiedCopy = true, ForCitizens = true },
        ],
        Dossiers =
        [
            Of("d1", "FULL", IntakeChannel.Online, "2025-03-05T10:00+07:00", ResultKind.Electronic, ComponentOrigin.Upload, ComponentOrigin.Reuse) with
            {
                Vneid = true,
                Payments = [new Payment(Instant("2025-03-03T09:00+07:00"), 50_000, Online: true)],
                SynchronizedAt = Instant("2025-03-03T09:05+07:00"),
            },
            Of("d2", "FULL", IntakeChannel.Counter, "2025-03-06T10:00+07:00", ResultKind.Paper, ComponentOrigin.Scan) with
            {
                Payments = [new Payment(Instant("2025-03-03T09:00+07:00"), 50_000, Online: false)],
            },
            Of("d3", "PART", IntakeChannel.Online, null, null, ComponentOrigin.PersonalStore) with { FeeExempt = true },
            Of("d4", "NONE", IntakeChannel.Postal, "2025-03-07T10:00+07:00", ResultKind.ECertifiedCopy, ComponentOrigin.Paper, ComponentOrigin.PopulationDb),
            Of("d5", "NONE", IntakeChannel.Counter, "2025-03-07T10:00+07:00", ResultKind.Paper, ComponentOrigin.Scan) with { Rating = SatisfactionLevel.Unsatisfied },
        ],
    };

    private ServiceIndexResult Result { get; } = ServiceIndex.Compute(Table, Example, March, WorkCalendar);

    [Theory]
    [InlineData("1.3", 2, 3, 66.67, 1.33)]   // FULL, PART complete of 3 published; 2 × 2/3
    [InlineData("1.4", 1, 5, 20, 1.2)]       // d1 of 5 received; 6 × 0.2
    [InlineData("2.1", 4, 5, 80, 16)]        // d3 overdue at the end of March; 20 × 0.8
    [InlineData("3.4", 1, 2, 50, 12)]        // d1 of FULL's d1, d2; 50 % reaches T = 50 % → all 12
    [InlineData("3.1", 2, 3, 66.67, 0)]      // FULL, PART online; informational
    [InlineData("3.2", 2, 2, 100, 0)]        // both online services had an online dossier (d1, d3)
    [InlineData("3.3", 2, 5, 40, 0)]         // online: d1 (electronic result), d3 (PART returns no document)
    [InlineData("3.5a", 1, 2, 50, 1.25)]     // FULL of FULL, PART; 2 × 50 / 80
    [InlineData("3.5b", 1, 2, 50, 1.25)]     // FULL paid online on 3 March; 2 × 50 / 80
    [InlineData("3.6", 1, 2, 50, 3)]         // d1 of d1, d2 (d3 exempt, d4, d5 no fees); 6 × 0.5
    [InlineData("4.1", 2, 4, 50, 3)]         // d1, d4 of the resolved d1, d2, d4, d5; 6 × 0.5
    [InlineData("4.2", 2, 5, 40, 2)]         // d1 (files + electronic result), d3 (files, no document); 4 × 40 / 80
    [InlineData("4.2c", 1, 2, 50, 1)]        // d4 of NONE's d4, d5; 2 × 0.5
    [InlineData("4.3", 1, 5, 20, 0.5)]       // d1 reused; 2 × 20 / 80
    [InlineData("4.4", 1, 5, 20, 0.8)]       // d3 from the personal store; 4 × 0.2
    [InlineData("4.5a", 2, 2, 100, 2)]       // FULL (d1 VNeID), NONE (d4 population database)
    [InlineData("4.5b", 2, 5, 40, 0.8)]      // d1, d4; 2 × 0.4
    [InlineData("5.4", 3, 5, 60, 4)]         // 100 % − (1 late + 1 unsatisfied) / 5 = 60 %; 6 × 60 / 90
    public void Every_indicator_of_the_worked_example(string id, int numerator, int denominator, double value, double points)
    {
        IndicatorResult indicator = Result.Groups.SelectMany(g => g.Indicators).Single(i => i.Indicator.Id == id);

        indicator.Fraction.Numerator.ShouldBe(numerator);
        indicator.Fraction.Denominator.ShouldBe(denominator);
        indicator.Value.ShouldBe((decimal)value);
        indicator.Points.ShouldBe((decimal)points);
    }

    [Fact]
    public void Dossiers_by_channel_counts_each_channel_over_the_received()
    {
        IndicatorResult byChannel = Result.Groups.SelectMany(g => g.Indicators).Single(i => i.Indicator.Id == "3.3");

        byChannel.Fraction.Parts.ShouldBe([new FractionPart("online", 2), new FractionPart("direct", 2), new FractionPart("postal", 1)]);
    }

    [Fact]
    public void Indicators_without_data_leave_the_total_and_the_maximum_and_the_total_is_scaled()
    {
        // Points: 1.33 + 1.2 | 16 | 12 | 1.25 + 1.25 + 3 | 3 + 2 + 1 + 0.5 + 0.8 + 2 + 0.8 | 4 = 50.13.
        // Maximum with data: 8 (1.1, 1.2 no data) + 20 + 12 + 10 + 22 + 6 (5.1–5.3 no data) = 78.
        // Scaled: 50.13 / 78 × 100 = 64.269… → 64.27: Trung bình (50 – < 70).
        Result.NoData.ShouldBe(["1.1", "1.2", "5.1", "5.2", "5.3"]);
        Result.Total.ShouldBe(50.13m);
        Result.Maximum.ShouldBe(78m);
        Result.ScaledTotal.ShouldBe(64.27m);
        Result.Rating!.Vi.ShouldBe("Trung bình");
        Result.Groups.Select(g => (g.Group.Id, g.Points, g.MaximumWithData)).ShouldBe(
            [("transparency", 2.53m, 8m), ("progress", 16m, 20m), ("online", 12m, 12m), ("payment", 5.5m, 10m), ("digitization", 10.1m, 22m), ("satisfaction", 4m, 6m)]);
    }

    [Fact]
    public void With_no_facts_at_all_every_indicator_says_no_data_and_nothing_is_rated()
    {
        ServiceIndexResult empty = ServiceIndex.Compute(Table, IndexFacts.Empty, March, WorkCalendar);

        empty.NoData.Count.ShouldBe(Table.Indicators.Count());
        empty.Total.ShouldBe(0);
        empty.Maximum.ShouldBe(0);
        empty.ScaledTotal.ShouldBeNull();
        empty.Rating.ShouldBeNull();
    }

    [Theory]
    [InlineData(100, "Xuất sắc")]
    [InlineData(90, "Xuất sắc")]
    [InlineData(89.99, "Tốt")]
    [InlineData(80, "Tốt")]
    [InlineData(79.99, "Khá")]
    [InlineData(70, "Khá")]
    [InlineData(69.99, "Trung bình")]
    [InlineData(50, "Trung bình")]
    [InlineData(49.99, "Yếu")]
    [InlineData(0, "Yếu")]
    public void The_rating_bands_include_their_lower_bound(double scaled, string rating) =>
        Table.RatingOf((decimal)scaled).Vi.ShouldBe(rating);

    private static DossierFacts Of(string code, string procedure, IntakeChannel channel, string? resolved, ResultKind? result, params ComponentOrigin[] components)
    {
        DossierFacts dossier = Dossier(code, "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00") with
        {
            ProcedureCode = procedure,
            Channel = channel,
            Result = result,
            ResultSigned = result is ResultKind.Electronic or ResultKind.ECertifiedCopy,
            Components = components,
        };
        return resolved is null ? dossier : dossier.Resolved(resolved);
    }
}
