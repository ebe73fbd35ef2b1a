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
}
