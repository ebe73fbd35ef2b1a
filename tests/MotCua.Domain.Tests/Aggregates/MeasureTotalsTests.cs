using MotCua.Domain.Aggregates;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Aggregates;

public sealed class MeasureTotalsTests
{
    [Fact]
    public void Daily_counts_add_up_per_measure_and_every_dossier_that_ended_counts_once()
    {
        // Two days of one unit: early 2 + 1, on time 3, late 1 (resolved: 7), withdrawn 4, refused 5: ended 7 + 4 + 5 = 16.
        MeasureTotals totals = MeasureTotals.Sum(
        [
            (DailyMeasure.EndedEarly, 2), (DailyMeasure.EndedOnTime, 3), (DailyMeasure.EndedLate, 1),
            (DailyMeasure.Withdrawn, 4), (DailyMeasure.Refused, 5), (DailyMeasure.EndedEarly, 1),
        ]);

        totals[DailyMeasure.EndedEarly].ShouldBe(3);
        totals.Resolved.ShouldBe(7);
        totals.Ended.ShouldBe(16);
        totals[DailyMeasure.ReceivedOnline].ShouldBe(0);
    }

    [Fact]
    public void The_counts_to_sum_are_required() =>
        Should.Throw<ArgumentNullException>(() => MeasureTotals.Sum(null!)).ParamName.ShouldBe("counts");
}
