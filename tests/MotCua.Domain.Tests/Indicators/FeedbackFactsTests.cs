using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// A feedback's facts and the limits of INDICATORS-766.md 5.2 (from the table: refusal 2, information request 5, answer
/// 15 working days from receipt or the last transfer, publication 2 after the answer) on their edges, March 2025.
/// </summary>
public sealed class FeedbackFactsTests
{
    [Fact]
    public void The_waits_for_the_sender_are_read_in_the_order_of_the_events_and_one_still_open_is_kept()
    {
        // In sequence: asked 4 March, a note (no action), brought back 10 March, asked again 12 March and still waiting.
        // A "brought back" with nothing asked is no wait. The events arrive out of order.
        FeedbackEvent[] events =
        [
            FeedbackEventAt(4, "receive-information", "2025-03-10T08:00+07:00"),
            FeedbackEventAt(6, "request-information", "2025-03-12T08:00+07:00"),
            FeedbackEventAt(2, "request-information", "2025-03-04T08:00+07:00"),
            FeedbackEventAt(3, "ghi-chu", "2025-03-05T08:00+07:00"),
            FeedbackEventAt(1, "receive-information", "2025-03-03T09:00+07:00"),
        ];

        var facts = FeedbackFacts.From(Item(), events, complainedAboutAnswer: false);

        facts.InformationWaits.ShouldBe(
            [new ClockStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-10T08:00+07:00")), new ClockStop(Instant("2025-03-12T08:00+07:00"), null)]);
    }

    [Fact]
    public void Handling_ends_at_the_refusal_else_the_publication_else_the_closing()
    {
        var received = new FeedbackFacts { Code = "f", ReceivedAt = Instant("2025-03-03T08:00+07:00") };
        var (refused, published, closed) = (Instant("2025-03-05T08:00+07:00"), Instant("2025-03-10T08:00+07:00"), Instant("2025-03-12T08:00+07:00"));

        (received with { RefusedAt = refused, PublishedAt = published, ClosedAt = closed }).HandledAt.ShouldBe(refused);
        (received with { PublishedAt = published, ClosedAt = closed }).HandledAt.ShouldBe(published);
        (received with { ClosedAt = closed }).HandledAt.ShouldBe(closed);
        received.HandledAt.ShouldBeNull();
    }

    [Fact]
    public void The_limits_run_from_the_last_transfer_when_there_is_one()
    {
        var received = new FeedbackFacts { Code = "f", ReceivedAt = Instant("2025-03-03T08:00+07:00") };

        received.LimitsFrom.ShouldBe(Instant("2025-03-03T08:00+07:00"));
        (received with { TransferredAt = Instant("2025-03-04T08:00+07:00") }).LimitsFrom.ShouldBe(Instant("2025-03-04T08:00+07:00"));
    }

    [Theory]
    // Received Mon 3 08:00: a refusal is due Wed 5 08:00, exactly then is on time, a minute later is not.
    [InlineData("2025-03-05T08:00+07:00", true)]
    [InlineData("2025-03-05T08:01+07:00", false)]
    public void A_step_taken_exactly_at_its_limit_is_on_time(string refused, bool onTime) =>
        FeedbackTimeliness.HandledOnTime(Received() with { RefusedAt = Instant(refused) }, Context).ShouldBe(onTime);

    [Theory]
    // Received Mon 17 (answer due 7 April), answered Fri 28 March 10:00, not published: the publication is due Tue 1 April 10:00.
    [InlineData("2025-04-01T10:00+07:00", true)]
    [InlineData("2025-04-01T10:01+07:00", false)]
    public void An_answer_waiting_for_publication_is_within_its_limit_until_the_publication_is_due(string at, bool within) =>
        FeedbackTimeliness.WithinLimitAt(
            Received() with { ReceivedAt = Instant("2025-03-17T08:00+07:00"), AnsweredAt = Instant("2025-03-28T10:00+07:00") }, Context, Instant(at)).ShouldBe(within);

    [Fact]
    public void A_late_answer_is_judged_by_the_answers_limit_at_the_instant_it_is_given()
    {
        // Received Mon 3 08:00, the answer due Mon 24 08:00, answered Wed 26 08:00: at that very instant it is late.
        FeedbackTimeliness.WithinLimitAt(Received() with { AnsweredAt = Instant("2025-03-26T08:00+07:00") }, Context, Instant("2025-03-26T08:00+07:00")).ShouldBeFalse();
    }

    [Fact]
    public void An_answer_left_unpublished_past_two_days_is_late_though_the_answer_was_early()
    {
        // Answered Wed 5 10:00 (the answer was due Mon 24): unpublished on Wed 12, five working days on.
        FeedbackTimeliness.WithinLimitAt(Received() with { AnsweredAt = Instant("2025-03-05T10:00+07:00") }, Context, Instant("2025-03-12T08:00+07:00")).ShouldBeFalse();
    }

    [Fact]
    public void A_late_step_makes_a_feedback_late_while_its_answer_is_still_within_time()
    {
        // Information asked Wed 12, after the 5 working days from Mon 3 (Mon 10 08:00); the answer is not due yet.
        var late = Received() with { InformationRequestedAt = Instant("2025-03-12T08:00+07:00") };

        FeedbackTimeliness.WithinLimitAt(late, Context, Instant("2025-03-13T08:00+07:00")).ShouldBeFalse();
        // A step taken at the very instant judged is not taken yet: the refusal of Mon 17 is judged later.
        FeedbackTimeliness.WithinLimitAt(Received() with { RefusedAt = Instant("2025-03-17T08:00+07:00") }, Context, Instant("2025-03-17T08:00+07:00")).ShouldBeTrue();
    }

    private static FeedbackFacts Received() => new() { Code = "f", Kind = FeedbackKind.Regulation, ReceivedAt = Instant("2025-03-03T08:00+07:00") };

    private static FeedbackItem Item() => new()
    {
        Code = "f",
        Kind = FeedbackKind.Regulation,
        Title = "Hỏi",
        Content = "Hỏi về thủ tục",
        Sender = new FeedbackSender("Trần B", null, null),
        ReceivedAt = Instant("2025-03-03T08:00+07:00"),
    };
}
