using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// DOMAIN.md §4: a dossier's history is its events (type = the action's API name); INDICATORS-766.md 2.1 reads the
// stops, the end and the due instants from them. 3 March 2025 is a Monday.
public class DossierFactsBuilderTests
{
    private static readonly Procedure ThreeDays = new()
    {
        Code = "P1",
        Name = "Thủ tục",
        Field = "Hộ tịch",
        TimeLimit = new TimeLimit(3, TimeLimitUnit.WorkingDays),
    };

    [Fact]
    public void Paused_then_resumed_late_with_an_apology_then_resolved()
    {
        // Received Mon 08:00, due Thu 08:00; paused Tue 08:00 → Wed 08:00 (due moved to Fri 08:00); apology Thu;
        // resolved Fri 09:00: after the due instant then in force, so late — the apology changes nothing.
        Dossier dossier = Row(received: "2025-03-03T08:00+07:00");
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", DossierStatus.Submitted, "2025-03-06T08:00+07:00"),
            Event(2, "pause", "2025-03-04T08:00+07:00", DossierStatus.InProgress, "2025-03-06T08:00+07:00"),
            Event(3, "resume", "2025-03-05T08:00+07:00", DossierStatus.Paused, "2025-03-07T08:00+07:00"),
            Event(4, "apologize", "2025-03-06T08:00+07:00", DossierStatus.InProgress, "2025-03-07T08:00+07:00"),
            Event(5, "approve", "2025-03-07T08:30+07:00", DossierStatus.InProgress, "2025-03-07T08:00+07:00"),
            Event(6, "issue-result", "2025-03-07T09:00+07:00", DossierStatus.Approved, "2025-03-07T08:00+07:00"),
            Event(7, "return-result", "2025-03-07T10:00+07:00", DossierStatus.ResultIssued, "2025-03-07T08:00+07:00"),
        ];

        DossierFacts facts = EventFacts.Of(dossier, events, ThreeDays);

        facts.Stops.ShouldBe([new DossierStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-05T08:00+07:00"), Supplement: false)]);
        facts.Dues.Select(d => d.DueAt).ShouldBe([Instant("2025-03-06T08:00+07:00"), Instant("2025-03-07T08:00+07:00")]);
        facts.EndedAt.ShouldBe(Instant("2025-03-07T09:00+07:00"));
        facts.End.ShouldBe(DossierEnd.Resolved);
        facts.Apologized.ShouldBeTrue();
        ProcessingTimeliness.OnTime(facts, March).ShouldBeFalse();
    }

    [Fact]
    public void A_withdrawn_dossier_ends_at_the_withdrawal_and_a_supplement_asked_at_intake_is_no_stop()
    {
        Dossier dossier = Row(received: "2025-03-04T08:00+07:00");
        DossierEvent[] events =
        [
            Event(1, "submit", "2025-03-03T08:00+07:00", null, null),
            Event(2, "request-supplement", "2025-03-03T09:00+07:00", DossierStatus.Submitted, null),
            Event(3, "receive-supplement", "2025-03-04T08:00+07:00", DossierStatus.WaitingSupplement, "2025-03-07T08:00+07:00"),
            Event(4, "withdraw", "2025-03-05T10:00+07:00", DossierStatus.InProgress, "2025-03-07T08:00+07:00"),
        ];

        DossierFacts facts = EventFacts.Of(dossier, events, ThreeDays);

        facts.Stops.ShouldBeEmpty();
        facts.End.ShouldBe(DossierEnd.Withdrawn);
        facts.EndedAt.ShouldBe(Instant("2025-03-05T10:00+07:00"));
        ProcessingTimeliness.OnTime(facts, March).ShouldBeTrue();
    }

    [Fact]
    public void Without_stored_due_instants_the_clock_is_replayed_from_the_time_limit()
    {
        // Imported: 3 working days from Mon 08:00 → Thu 08:00; waiting Tue 08:00 → Wed 08:00 (one working day) → Fri 08:00.
        // The supplement brought back, the dossier resolved Fri 08:00: processing − waiting = 3 days exactly, on time.
        Dossier dossier = Row(received: "2025-03-03T08:00+07:00");
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", null, null),
            Event(2, "request-supplement", "2025-03-04T08:00+07:00", DossierStatus.InProgress, null),
            Event(3, "receive-supplement", "2025-03-05T08:00+07:00", DossierStatus.WaitingSupplement, null),
            Event(4, "issue-result", "2025-03-07T08:00+07:00", DossierStatus.Approved, null),
        ];

        DossierFacts facts = EventFacts.Of(dossier, events, ThreeDays);

        facts.DueAt(facts.EndedAt!.Value).ShouldBe(Instant("2025-03-07T08:00+07:00"));
        ProcessingTimeliness.OnTime(facts, March).ShouldBeTrue();
    }

    [Fact]
    public void A_supplement_still_awaited_is_an_open_stop_and_keeps_the_dossier_within_time_in_II_06()
    {
        // Received Mon 3 Mar 08:00, due Thu 6 Mar 08:00; a supplement asked Tue 4 Mar 08:00 was never brought. At the
        // end of March the dossier is past its due instant but its clock stands: column 12 (within time), not 13
        // (REPORTS.md §2; INDICATORS-766.md 2.1 ends it at the request, on time).
        Dossier dossier = Row(received: "2025-03-03T08:00+07:00");
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", null, "2025-03-06T08:00+07:00"),
            Event(2, "request-supplement", "2025-03-04T08:00+07:00", DossierStatus.InProgress, "2025-03-06T08:00+07:00"),
        ];

        DossierFacts facts = EventFacts.Of(dossier, events, ThreeDays);

        facts.Stops.ShouldBe([new DossierStop(Instant("2025-03-04T08:00+07:00"), null, Supplement: true)]);
        ResolutionTally.Classify(facts, March).ShouldBe((ResolutionTally.ReceivedDesk, ResolutionTally.PendingInTime));
        ProcessingTimeliness.Judge(facts, March).ShouldBe(ProcessingVerdict.EndedOnTime);
    }

    [Fact]
    public void Stored_due_instants_win_over_the_time_limit_and_an_unchanged_one_is_kept_once()
    {
        // The desk recorded Mon 10 08:00 (an extension agreed at intake), not the 3 working days' Thu 6 08:00; the
        // second event repeats it.
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", null, "2025-03-10T08:00+07:00"),
            Event(2, "assign", "2025-03-03T09:00+07:00", DossierStatus.Submitted, "2025-03-10T08:00+07:00"),
        ];

        DossierFacts facts = EventFacts.Of(Row(received: "2025-03-03T08:00+07:00"), events, ThreeDays);

        facts.Dues.ShouldBe([new DueChange(Instant("2025-03-03T08:00+07:00"), Instant("2025-03-10T08:00+07:00"))]);
    }

    [Fact]
    public void A_replayed_clock_starts_with_the_due_instant_at_receipt()
    {
        DossierEvent[] events = [Event(1, "receive", "2025-03-03T08:00+07:00", null, null)];

        DossierFacts facts = EventFacts.Of(Row(received: "2025-03-03T08:00+07:00"), events, ThreeDays);

        facts.Dues.ShouldBe([new DueChange(Instant("2025-03-03T08:00+07:00"), Instant("2025-03-06T08:00+07:00"))]);
    }

    [Fact]
    public void A_dossier_never_received_has_no_facts() =>
        DossierFactsBuilder.From(DossierFactsRow.Of(Row(received: null)), DossierTimeline.Of([], Instant("2025-03-03T08:00+07:00")), ThreeDays, WorkCalendar, complained: false)
            .ShouldBeNull();

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void The_kept_timeline_gives_back_what_the_events_give_at_the_database_precision(long ticksPerUnit)
    {
        // A supplement asked and received, a pause never resumed, an apology; instants off the microsecond by a few
        // ticks, as the application's clock makes them before PostgreSQL keeps whole microseconds.
        var receivedAt = Instant("2025-03-03T08:00+07:00").AddTicks(7);
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", DossierStatus.Submitted, "2025-03-06T08:00+07:00", ticks: 7),
            Event(2, "request-supplement", "2025-03-04T08:00+07:00", DossierStatus.InProgress, "2025-03-06T08:00+07:00", ticks: 3),
            Event(3, "receive-supplement", "2025-03-05T08:00+07:00", DossierStatus.WaitingSupplement, "2025-03-07T08:00+07:00", ticks: 9),
            Event(4, "apologize", "2025-03-07T09:00+07:00", DossierStatus.InProgress, "2025-03-07T08:00+07:00", ticks: 9),
            Event(5, "pause", "2025-03-07T10:00+07:00", DossierStatus.InProgress, "2025-03-07T08:00+07:00", ticks: 9),
        ];
        DateTimeOffset Kept(DateTimeOffset instant) => new(instant.UtcTicks / ticksPerUnit * ticksPerUnit, TimeSpan.Zero);
        var stored = DossierTimeline.Of(
            events.Select(e => new DossierEvent { Sequence = e.Sequence, Type = e.Type, ByUserName = e.ByUserName, At = Kept(e.At), FromStatus = e.FromStatus, DueAt = Kept(e.DueAt!.Value) }), Kept(receivedAt));

        var text = DossierTimelineText.Format(DossierTimeline.Of(events, receivedAt), receivedAt, ticksPerUnit);
        var read = DossierTimelineText.Parse(text, Kept(receivedAt));

        read.Dues.ShouldBe(stored.Dues);
        read.Stops.ShouldBe(stored.Stops);
        read.Stops[^1].ResumedAt.ShouldBeNull();
        (read.EndedAt, read.End, read.Apologized).ShouldBe((null, null, true));
        DossierTimelineText.Parse(DossierTimelineText.Format(stored, Kept(receivedAt), ticksPerUnit), Kept(receivedAt)).Stops.ShouldBe(stored.Stops);
    }

    [Fact]
    public void A_kept_timeline_moves_with_its_receipt_and_keeps_its_end()
    {
        Dossier dossier = Row(received: "2025-03-03T08:00+07:00");
        DossierEvent[] events =
        [
            Event(1, "receive", "2025-03-03T08:00+07:00", DossierStatus.Submitted, "2025-03-06T08:00+07:00"),
            Event(2, "issue-result", "2025-03-05T09:00+07:00", DossierStatus.Approved, "2025-03-06T08:00+07:00"),
        ];
        var text = DossierTimelineText.Format(DossierTimeline.Of(events, dossier.ReceivedAt!.Value), dossier.ReceivedAt.Value, 10);

        var week = TimeSpan.FromDays(7);
        var moved = DossierTimelineText.Parse(text, dossier.ReceivedAt.Value + week);

        moved.EndedAt.ShouldBe(Instant("2025-03-05T09:00+07:00") + week);
        moved.End.ShouldBe(DossierEnd.Resolved);
        moved.Dues.ShouldBe([new DueChange(Instant("2025-03-03T08:00+07:00") + week, Instant("2025-03-06T08:00+07:00") + week)]);
        DossierFactsBuilder.From(DossierFactsRow.Of(dossier), DossierTimelineText.Parse(text, dossier.ReceivedAt.Value), ThreeDays, null, complained: false)!
            .ShouldSatisfyAllConditions(f => f.EndedAt.ShouldBe(Instant("2025-03-05T09:00+07:00")), f => f.Apologized.ShouldBeFalse());
    }

    private static Dossier Row(string? received) => new()
    {
        Code = "D1",
        Applicant = new Applicant("Nguyễn Văn A", null, null, null, null, null),
        ReceivedAt = received is null ? null : Instant(received),
        Components = [new ReceivedComponent("Tờ khai", 1, 0, ComponentOrigin.Scan)],
    };

    /// <summary>An event at <paramref name="at"/>, and its due instant, moved on by <paramref name="ticks"/> (off the microsecond).</summary>
    private static DossierEvent Event(int sequence, string type, string at, DossierStatus? from, string? due, int ticks = 0) => new()
    {
        Sequence = sequence,
        Type = type,
        At = Instant(at).AddTicks(ticks),
        ByUserName = "canbo",
        FromStatus = from,
        DueAt = due is null ? null : Instant(due).AddTicks(ticks),
    };
}
