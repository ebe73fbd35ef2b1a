using MotCua.Domain.Aggregates;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Domain.Tests.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Aggregates;

public sealed class DossierTallyTests
{
    private static readonly DossierEvent[] NoEvents = [];

    [Theory]
    // TimelinessRule (REPORTS.md §2, form II.06 cols. 8–10): a day before the due day is early, the due day on time, after the instant late.
    [InlineData("2025-03-05T10:00+07:00", DailyMeasure.EndedEarly)]
    [InlineData("2025-03-06T16:00+07:00", DailyMeasure.EndedOnTime)]
    [InlineData("2025-03-06T17:00+07:00", DailyMeasure.EndedOnTime)]
    [InlineData("2025-03-07T08:00+07:00", DailyMeasure.EndedLate)]
    public void A_resolved_dossier_counts_its_timeliness_on_the_day_it_ended(string ended, DailyMeasure expected)
    {
        var dossier = IndexFixtures.Dossier("D1", "2025-03-03T09:00+07:00", "2025-03-06T17:00+07:00").Resolved(ended);

        var tally = DossierTally.Of(dossier, NoEvents, withFees: false, resultIsDocument: false, ratedAt: null);

        tally.ShouldContain(new DailyCount(DossierTally.Day(Instant(ended)), expected));
        tally.ShouldContain(new DailyCount(Day("2025-03-03"), DailyMeasure.ReceivedCounter));
        tally.Count(c => c.Measure is DailyMeasure.EndedEarly or DailyMeasure.EndedOnTime or DailyMeasure.EndedLate).ShouldBe(1);
    }

    [Fact]
    public void A_second_supplement_request_makes_a_dossier_late_even_before_its_due_time()
    {
        // INDICATORS-766.md 2.1: a second supplement request makes the dossier late (Decree 61/2018 art. 15).
        var dossier = IndexFixtures.Dossier("D2", "2025-03-03T09:00+07:00", "2025-03-10T17:00+07:00").Resolved("2025-03-05T10:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-03T10:00+07:00"), Instant("2025-03-03T11:00+07:00"), true), new DossierStop(Instant("2025-03-04T10:00+07:00"), Instant("2025-03-04T11:00+07:00"), true)],
        };

        DossierTally.Of(dossier, NoEvents, false, false, null).ShouldContain(new DailyCount(Day("2025-03-05"), DailyMeasure.EndedLate));
    }

    [Fact]
    public void A_withdrawn_dossier_counts_as_withdrawn_not_as_resolved()
    {
        var dossier = IndexFixtures.Dossier("D3", "2025-03-03T09:00+07:00", "2025-03-06T17:00+07:00") with { EndedAt = Instant("2025-03-04T09:00+07:00"), End = DossierEnd.Withdrawn };

        var tally = DossierTally.Of(dossier, NoEvents, false, false, null);

        tally.ShouldContain(new DailyCount(Day("2025-03-04"), DailyMeasure.Withdrawn));
        tally.ShouldNotContain(c => c.Measure == DailyMeasure.EndedOnTime || c.Measure == DailyMeasure.EndedEarly);
    }

    [Fact]
    public void An_online_dossier_received_late_at_night_UTC_counts_on_its_Vietnam_day_with_its_data_and_rating()
    {
        // 17:30 UTC on 2 March is 00:30 on 3 March in Vietnam: the aggregates' day is the Vietnam day.
        var dossier = IndexFixtures.Dossier("D4", "2025-03-02T17:30Z", "2025-03-06T17:00+07:00").Resolved("2025-03-04T10:00+07:00") with
        {
            Channel = IntakeChannel.Online,
            Components = [ComponentOrigin.Reuse, ComponentOrigin.Upload],
            Result = ResultKind.Electronic,
            ResultSigned = true,
            Payments = [new Payment(Instant("2025-03-03T08:00+07:00"), 50_000, true)],
            Rating = SatisfactionLevel.Satisfied,
        };
        DossierEvent[] events =
        [
            new() { Type = "submit", Sequence = 1, At = Instant("2025-03-02T17:00Z"), ByUserName = "citizen" },
            new() { Type = "receive", Sequence = 2, At = Instant("2025-03-02T17:30Z"), ByUserName = "tiepnhan.xa" },
            new() { Type = "complete-step", Sequence = 3, At = Instant("2025-03-03T15:00+07:00"), ByUserName = "chuyenvien.xa" },
        ];

        var tally = DossierTally.Of(dossier, events, withFees: true, resultIsDocument: true, ratedAt: Instant("2025-03-05T09:00+07:00"));

        var march3 = Day("2025-03-03");
        tally.ShouldBe(
        [
            new(march3, DailyMeasure.ReceivedOnline), new(march3, DailyMeasure.Digitized), new(march3, DailyMeasure.Reused), new(march3, DailyMeasure.WithFees),
            new(march3, DailyMeasure.PaidOnline), new(Day("2025-03-04"), DailyMeasure.EndedEarly), new(Day("2025-03-04"), DailyMeasure.ElectronicResult),
            new(Day("2025-03-05"), DailyMeasure.RatedSatisfied), new(march3, DailyMeasure.ReceivedBy, "tiepnhan.xa"), new(march3, DailyMeasure.ProcessedBy, "chuyenvien.xa"),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_tally_survives_its_text_and_a_change_counts_only_the_difference()
    {
        DailyCount[] before = [new(Day("2025-03-03"), DailyMeasure.ReceivedCounter), new(Day("2025-03-03"), DailyMeasure.ReceivedBy, "a")];
        DailyCount[] after = [.. before, new(Day("2025-03-04"), DailyMeasure.EndedOnTime)];

        DailyCount.Parse(DailyCount.Format(after)).ShouldBe(after);
        DailyCount.Change(before, after).ShouldBe(new Dictionary<DailyCount, int> { [new(Day("2025-03-04"), DailyMeasure.EndedOnTime)] = 1 });
        DailyCount.Change(after, []).Values.ShouldAllBe(v => v == -1);
    }

    [Fact]
    public void Fees_paid_online_count_only_for_a_procedure_that_charges_them_and_a_synchronized_dossier_on_its_receipt_day()
    {
        // INDICATORS-766.md 3.6: an online payment counts over the dossiers with fees; an exempt one paid online counts in neither.
        var dossier = IndexFixtures.Dossier("D5", "2025-03-03T09:00+07:00", "2025-03-06T17:00+07:00") with
        {
            Payments = [new Payment(Instant("2025-03-03T09:10+07:00"), 50_000, true)],
            SynchronizedAt = Instant("2025-03-04T08:00+07:00"),
        };

        DossierTally.Of(dossier, NoEvents, withFees: false, resultIsDocument: false, ratedAt: null).ShouldBe(
            [new(Day("2025-03-03"), DailyMeasure.ReceivedCounter), new(Day("2025-03-03"), DailyMeasure.Synchronized)]);
    }

    [Fact]
    public void The_officer_credited_with_the_receipt_is_the_first_to_receive_in_event_order()
    {
        // Events come as stored; their sequence, not the order they are read in, says which receipt was first.
        var dossier = IndexFixtures.Dossier("D6", "2025-03-03T09:00+07:00", "2025-03-06T17:00+07:00");
        DossierEvent[] events =
        [
            new() { Type = "receive", Sequence = 4, At = Instant("2025-03-04T09:00+07:00"), ByUserName = "second" },
            new() { Type = "receive", Sequence = 2, At = Instant("2025-03-03T09:00+07:00"), ByUserName = "first" },
        ];

        DossierTally.Of(dossier, events, false, false, null).Where(c => c.Measure == DailyMeasure.ReceivedBy)
            .ShouldBe([new DailyCount(Day("2025-03-03"), DailyMeasure.ReceivedBy, "first")]);
    }

    [Fact]
    public void A_tally_needs_its_dossier_and_events()
    {
        var dossier = IndexFixtures.Dossier("D7", "2025-03-03T09:00+07:00", "2025-03-06T17:00+07:00");

        Should.Throw<ArgumentNullException>(() => DossierTally.Of(null!, NoEvents, false, false, null)).ParamName.ShouldBe("dossier");
        Should.Throw<ArgumentNullException>(() => DossierTally.Of(dossier, null!, false, false, null)).ParamName.ShouldBe("events");
    }

    [Fact]
    public void A_tally_text_not_written_by_Format_and_missing_tallies_are_refused()
    {
        Should.Throw<FormatException>(() => DailyCount.Parse("2025-03-03|NoSuchMeasure|")).Message
            .ShouldBe("Not a daily count: '2025-03-03|NoSuchMeasure|'.");
        Should.Throw<ArgumentNullException>(() => DailyCount.Parse(null!)).ParamName.ShouldBe("text");
        Should.Throw<ArgumentNullException>(() => DailyCount.Change(null!, [])).ParamName.ShouldBe("before");
        Should.Throw<ArgumentNullException>(() => DailyCount.Change([], null!)).ParamName.ShouldBe("after");
    }
}
