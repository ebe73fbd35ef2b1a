using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Reports;

/// <summary>
/// The per-unit forms of REPORTS.md §4 on the edges of March 2025, the half-open [1 March 00:00, 1 April 00:00): which
/// side of a boundary a feedback falls on, a tie of votes, online payments adding up, only proposing reviews counted.
/// </summary>
public sealed class UnitTallyBoundaryTests
{
    //   a online, received 1 April 00:00: the period's end, not in it.
    //   b entered, a handling complaint received 20 February, closed 1 March 00:00: handled at the period's first instant,
    //     so carried over and handled in March.
    //   c online, a regulation, received 1 March 00:00: received in March, not carried over; still open.
    //   d entered, a regulation, received 10 March, closed 1 April 00:00: in progress at the end.
    //   e–h online handling complaints received 3 March, answers published 14 March, votes 2–2, 3–1, 4–0, 1–3: only h has
    //     more "not satisfied" than "satisfied" votes, the rule of indicator 5.3 (INDICATORS-766.md); a tie is satisfied.
    [Fact]
    public void Feedback_on_the_periods_boundaries_falls_on_the_side_the_half_open_period_gives()
    {
        (FeedbackFacts, bool)[] feedback =
        [
            (FeedbackReceived("a", FeedbackKind.Handling, "2025-04-01T00:00+07:00"), false),
            (FeedbackReceived("b", FeedbackKind.Handling, "2025-02-20T08:00+07:00") with { ClosedAt = Instant("2025-03-01T00:00+07:00") }, true),
            (FeedbackReceived("c", FeedbackKind.Regulation, "2025-03-01T00:00+07:00"), false),
            (FeedbackReceived("d", FeedbackKind.Regulation, "2025-03-10T08:00+07:00") with { ClosedAt = Instant("2025-04-01T00:00+07:00") }, true),
            (Voted("e", 2, 2), false),
            (Voted("f", 3, 1), false),
            (Voted("g", 4, 0), false),
            (Voted("h", 1, 3), false),
        ];

        var measures = FeedbackTally.Count(feedback, Context);

        (measures[FeedbackTally.ReceivedOnline], measures[FeedbackTally.ReceivedEntered], measures[FeedbackTally.CarriedOver]).ShouldBe((5, 1, 1));
        (measures[FeedbackTally.Regulation], measures[FeedbackTally.Handling]).ShouldBe((2, 4));
        (measures[FeedbackTally.HandledOnTime] + measures[FeedbackTally.HandledLate], measures[FeedbackTally.InProgress]).ShouldBe((5, 2));
        (measures[FeedbackTally.AnswersPublished], measures[FeedbackTally.Satisfied], measures[FeedbackTally.Unsatisfied]).ShouldBe((4, 3, 1));
    }

    // d1 paid 50.000 đ online on 5 March; d2 paid 30.000 and 20.000 đ online in March (one dossier, 50.000 đ); d3 paid
    // 40.000 đ online in February (outside March). d2, of a procedure returning a document, was resolved on 7 March with a
    // signed electronic result: one electronic result (indicator 4.1).
    [Fact]
    public void Online_payments_add_up_across_dossiers_and_an_electronic_result_is_counted()
    {
        var facts = new IndexFacts
        {
            Procedures = [Procedure("P1"), Procedure("P2") with { ResultIsDocument = true }],
            Dossiers =
            [
                Dossier("d1", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { Payments = [new Payment(Instant("2025-03-05T09:00+07:00"), 50_000, Online: true)] },
                Dossier("d2", "2025-03-03T08:00+07:00", "2025-03-07T16:00+07:00").Resolved("2025-03-07T10:00+07:00") with
                {
                    ProcedureCode = "P2", Result = ResultKind.Electronic, ResultSigned = true,
                    Payments = [new Payment(Instant("2025-03-03T09:00+07:00"), 30_000, Online: true), new Payment(Instant("2025-03-04T09:00+07:00"), 20_000, Online: true)],
                },
                Dossier("d3", "2025-02-20T08:00+07:00", "2025-03-20T08:00+07:00") with { Payments = [new Payment(Instant("2025-02-21T09:00+07:00"), 40_000, Online: true)] },
            ],
        };

        var measures = OnlineServiceTally.Dossiers(facts, Context);

        (measures[OnlineServiceTally.PaidOnline], measures[OnlineServiceTally.PaidOnlineAmount], measures[OnlineServiceTally.ElectronicResults]).ShouldBe((2, 100_000, 1));
    }

    // Three reviews made in March: two propose a simplification, one does not.
    [Fact]
    public void Only_a_review_that_proposes_counts_as_a_proposal()
    {
        ReviewedProcedure[] reviews =
        [
            new(Instant("2025-03-03T09:00+07:00"), true, null, 1_000_000m, 500_000m, 3, 2),
            new(Instant("2025-03-04T09:00+07:00"), true, null, 1_000_000m, 500_000m, 3, 2),
            new(Instant("2025-03-05T09:00+07:00"), false, null, 1_000_000m, 1_000_000m, 3, 3),
        ];

        var measures = ReviewTally.Count(reviews, March);

        (measures[ReviewTally.Reviewed], measures[ReviewTally.Proposals]).ShouldBe((3, 2));
    }


    private static FeedbackFacts Voted(string code, int satisfied, int unsatisfied) => FeedbackReceived(code, FeedbackKind.Handling, "2025-03-03T08:00+07:00") with
    {
        AnsweredAt = Instant("2025-03-12T10:00+07:00"), PublishedAt = Instant("2025-03-14T10:00+07:00"), SatisfiedVotes = satisfied, UnsatisfiedVotes = unsatisfied,
    };
}
