using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md 2.1: dossiers received or processed in the period; on time when processing ended at or before
// the due instant, or still in progress and not overdue at the period's end. Period: March 2025 (to 1 April 00:00).
public class ProgressFormulasTests
{
    private static readonly Dictionary<string, DossierFacts> Cases = new()
    {
        // Resolved exactly at the due instant: on time.
        ["at-due"] = Dossier("at-due", "2025-03-03T08:00+07:00", "2025-03-05T17:00+07:00").Resolved("2025-03-05T17:00+07:00"),

        // One second late, with an apology letter: still late (DOMAIN.md §4).
        ["late-apology"] = Dossier("late-apology", "2025-03-03T08:00+07:00", "2025-03-05T17:00+07:00").Resolved("2025-03-05T17:00:01+07:00") with { Apologized = true },

        // Carried over from February, resolved in March before its due instant.
        ["carried-over"] = Dossier("carried-over", "2025-02-26T08:00+07:00", "2025-03-04T17:00+07:00").Resolved("2025-03-04T10:00+07:00"),

        // Ended in February: not processed in March.
        ["ended-before"] = Dossier("ended-before", "2025-02-20T08:00+07:00", "2025-02-26T17:00+07:00").Resolved("2025-02-25T10:00+07:00"),

        // In progress at the end of March, due in April: not overdue.
        ["running"] = Dossier("running", "2025-03-25T08:00+07:00", "2025-04-02T17:00+07:00"),

        // In progress at the end of March, due 27 March: overdue.
        ["overdue"] = Dossier("overdue", "2025-03-20T08:00+07:00", "2025-03-27T17:00+07:00"),

        // Withdrawn by the applicant before the due instant: ended then, on time.
        ["withdrawn"] = Dossier("withdrawn", "2025-03-10T08:00+07:00", "2025-03-12T17:00+07:00") with { EndedAt = Instant("2025-03-11T09:00+07:00"), End = DossierEnd.Withdrawn },

        // Waiting since 18 March for a supplement never brought back: ends at the request, before its due instant.
        ["waiting-supplement"] = Dossier("waiting-supplement", "2025-03-17T08:00+07:00", "2025-03-19T17:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-18T09:00+07:00"), null, Supplement: true)],
        },

        // A second supplement request: late, though nothing is overdue.
        ["second-supplement"] = Dossier("second-supplement", "2025-03-03T08:00+07:00", "2025-03-10T17:00+07:00") with
        {
            Stops =
            [
                new DossierStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-05T08:00+07:00"), Supplement: true),
                new DossierStop(Instant("2025-03-06T08:00+07:00"), null, Supplement: true),
            ],
        },

        // Paused Tue 08:00 – Thu 08:00; the resume moved the due instant from Wed 17:00 to Fri 17:00; resolved Fri 16:00:
        // on time, though after the first due instant.
        ["paused-resumed"] = Dossier("paused-resumed", "2025-03-03T08:00+07:00", "2025-03-05T17:00+07:00").Resolved("2025-03-07T16:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-06T08:00+07:00"), Supplement: false)],
            Dues = [new DueChange(Instant("2025-03-03T08:00+07:00"), Instant("2025-03-05T17:00+07:00")), new DueChange(Instant("2025-03-06T08:00+07:00"), Instant("2025-03-07T17:00+07:00"))],
        },

        // Paused at the end of March, paused before its due instant: its clock stands still, not overdue.
        ["paused-open"] = Dossier("paused-open", "2025-03-24T08:00+07:00", "2025-03-28T17:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-26T08:00+07:00"), null, Supplement: false)],
        },

        // Received in April.
        ["next-period"] = Dossier("next-period", "2025-04-01T08:00+07:00", "2025-04-03T17:00+07:00"),
    };

    [Theory]
    [InlineData("at-due", true, true)]
    [InlineData("late-apology", true, false)]
    [InlineData("carried-over", true, true)]
    [InlineData("ended-before", false, true)]
    [InlineData("running", true, true)]
    [InlineData("overdue", true, false)]
    [InlineData("withdrawn", true, true)]
    [InlineData("waiting-supplement", true, true)]
    [InlineData("second-supplement", true, false)]
    [InlineData("paused-resumed", true, true)]
    [InlineData("paused-open", true, true)]
    [InlineData("next-period", false, true)]
    public void A_dossier_is_judged_as_it_stood_at_the_end_of_the_period(string code, bool counts, bool onTime)
    {
        ProcessingTimeliness.Counts(Cases[code], March).ShouldBe(counts);
        if (counts)
        {
            ProcessingTimeliness.OnTime(Cases[code], March).ShouldBe(onTime);
        }
    }

    [Fact]
    public void Processed_on_time_counts_the_judged_dossiers()
    {
        // Judged: all but ended-before and next-period = 10; late: late-apology, overdue, second-supplement → 7 / 10.
        Fraction fraction = ProgressFormulas.ProcessedOnTime(Facts([.. Cases.Values]), Context);

        fraction.ShouldBe(new Fraction(7, 10));
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "2.1"), fraction).ShouldBe(14m); // 20 × 7 / 10
    }

    [Fact]
    public void Points_that_are_exactly_half_a_hundredth_round_up()
    {
        // 1.1 is worth 6 points: 6 × 25/48 = 3.125 exactly. Dividing first (25/48 = 0.52083…3) leaves decimal's last digit
        // short of the half: 3.1249…98, which rounded to 3.12.
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "1.1"), new Fraction(25, 48)).ShouldBe(3.13m);
    }

    [Fact]
    public void No_dossiers_is_no_data_not_zero()
    {
        Fraction fraction = ProgressFormulas.ProcessedOnTime(Facts(), Context);

        fraction.NoData.ShouldBeTrue();
        IndicatorScoring.Value(Table.Indicators.Single(i => i.Id == "2.1"), fraction).ShouldBeNull();
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "2.1"), fraction).ShouldBeNull();
    }

    [Fact]
    public void Average_processing_time_leaves_out_the_time_stopped_for_the_applicant()
    {
        // X: Mon 3 08:00 → Tue 4 17:00 = 7.5 h (Mon from 08:00) + 8 h = 15.5 working hours.
        // Y: Mon 3 08:00 → Wed 5 11:30 = 7.5 + 8 + 4 = 19.5 h, less the pause Mon 13:00 → Tue 13:00 = 4 + 4 = 8 h → 11.5 h.
        // Average (15.5 + 11.5) / 2 = 13.5 working hours; Z is still in progress and not counted.
        DossierFacts x = Dossier("X", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00").Resolved("2025-03-04T17:00+07:00");
        DossierFacts y = Dossier("Y", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00").Resolved("2025-03-05T11:30+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-03T13:00+07:00"), Instant("2025-03-04T13:00+07:00"), Supplement: false)],
        };
        DossierFacts z = Dossier("Z", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00");

        Fraction fraction = ProgressFormulas.AverageProcessingTime(Facts(x, y, z), Context);

        fraction.ShouldBe(new Fraction(27m, 2));
        IndicatorScoring.Value(Table.Indicators.Single(i => i.Id == "2.2"), fraction).ShouldBe(13.5m);
    }
}
