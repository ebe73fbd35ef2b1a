using MotCua.Domain.Aggregates;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Indicators.Targets;

public sealed class TargetLightTests
{
    [Theory]
    [InlineData(70.0, 70.0, TargetLight.Met)] // exactly the quarter's minimum is met
    [InlineData(85.5, 70.0, TargetLight.Met)]
    [InlineData(60.0, 70.0, TargetLight.Near)] // 10 points under is still near
    [InlineData(59.99, 70.0, TargetLight.Missed)]
    [InlineData(0.0, 0.0, TargetLight.Met)]
    public void The_light_compares_the_actual_with_the_quarter_minimum(double actual, double minimum, TargetLight expected) =>
        TargetLights.Of((decimal)actual, (decimal)minimum).ShouldBe(expected);

    [Fact]
    public void No_data_is_never_missed() => TargetLights.Of(null, 50m).ShouldBe(TargetLight.NoData);

    [Fact]
    public void The_actual_online_share_is_online_over_received_and_no_dossiers_is_no_data()
    {
        var totals = new MeasureTotals(new Dictionary<DailyMeasure, int> { [DailyMeasure.ReceivedOnline] = 3, [DailyMeasure.ReceivedCounter] = 4, [DailyMeasure.ReceivedPostal] = 1 });

        TargetActuals.Percent(TargetActuals.Of(TargetIndicator.OnlineDossiers, totals, null)).ShouldBe(37.5m);
        TargetActuals.Percent(TargetActuals.Of(TargetIndicator.OnlineDossiers, MeasureTotals.Empty, null)).ShouldBeNull();
        TargetActuals.Of(TargetIndicator.DocumentsOnline, totals, null).ShouldBeNull();
        TargetActuals.HasSource(TargetIndicator.DocumentsOnline).ShouldBeFalse();
        TargetActuals.HasSource(TargetIndicator.FeedbackOnTime).ShouldBeTrue();
        TargetActuals.Percent(TargetActuals.Of(TargetIndicator.FeedbackOnTime, totals, new(1, 4))).ShouldBe(25m);
    }

    [Fact]
    public void The_shipped_annex_II_has_its_fifteen_rows_with_four_quarters_each()
    {
        // Seed 000, Phụ lục II: tasks 01–11, tasks 01, 02, 03 and 11 split between the town's divisions and the communes.
        var seed = KpiTargetSeed.Load(KpiTargetSeed.PhuocLong2024);

        seed.Targets.Count.ShouldBe(15);
        seed.Targets.Select(t => t.Task).Distinct().Count().ShouldBe(11);
        seed.Targets.ShouldAllBe(t => t.Quarters.Count == 4 && t.Quarters[3] <= t.Annual);
        seed.Targets.Where(t => t.Task == "03").Select(t => (t.AppliesTo[0], t.Annual)).ShouldBe([(UnitKind.Division, 85m), (UnitKind.Commune, 80m)]);
    }

    // Received 5 at the desk, 3 online, 2 by post (10); resolved 1 early, 2 on time, 3 late (6); 8 with fees, 6 paid
    // online; 7 digitized, 4 reusing data, 1 electronic result, 9 synchronized; rated 1 very satisfied, 3 satisfied, 1 not.
    // Every share differs, so each target reads its own.
    [Theory]
    [InlineData(TargetIndicator.OnlinePayment, 75.0)]        // 6 / 8
    [InlineData(TargetIndicator.OnlineDossiers, 30.0)]       // 3 / 10
    [InlineData(TargetIndicator.Digitization, 70.0)]         // 7 / 10
    [InlineData(TargetIndicator.ElectronicResults, 16.67)]   // 1 / 6 resolved
    [InlineData(TargetIndicator.Reuse, 40.0)]                // 4 / 10
    [InlineData(TargetIndicator.PortalSynchronized, 90.0)]   // 9 / 10
    [InlineData(TargetIndicator.Satisfaction, 80.0)]         // (1 + 3) / 5 rated
    [InlineData(TargetIndicator.OnTimeResolution, 50.0)]     // (1 + 2) / 6 resolved
    [InlineData(TargetIndicator.FeedbackOnTime, 33.33)]      // 1 / 3, read from the feedback
    [InlineData(TargetIndicator.ElectronicCertifiedCopies, null)]
    [InlineData(TargetIndicator.PublicationOnTime, null)]
    [InlineData(TargetIndicator.DocumentsOnline, null)]
    public void Each_target_reads_its_own_share_of_the_daily_totals(TargetIndicator indicator, double? percent)
    {
        var totals = new MeasureTotals(new Dictionary<DailyMeasure, int>
        {
            [DailyMeasure.ReceivedCounter] = 5, [DailyMeasure.ReceivedOnline] = 3, [DailyMeasure.ReceivedPostal] = 2,
            [DailyMeasure.EndedEarly] = 1, [DailyMeasure.EndedOnTime] = 2, [DailyMeasure.EndedLate] = 3,
            [DailyMeasure.WithFees] = 8, [DailyMeasure.PaidOnline] = 6, [DailyMeasure.Digitized] = 7, [DailyMeasure.Reused] = 4,
            [DailyMeasure.ElectronicResult] = 1, [DailyMeasure.Synchronized] = 9,
            [DailyMeasure.RatedVerySatisfied] = 1, [DailyMeasure.RatedSatisfied] = 3, [DailyMeasure.RatedUnsatisfied] = 1,
        });

        TargetActuals.Percent(TargetActuals.Of(indicator, totals, new(1, 3))).ShouldBe((decimal?)percent);
        TargetActuals.HasSource(indicator).ShouldBe(percent is not null);
    }
}
