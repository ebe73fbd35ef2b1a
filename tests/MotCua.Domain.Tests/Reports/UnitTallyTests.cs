using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Reports;

public class UnitTallyTests
{
    // The feedback form over March 2025 (limits as in SatisfactionFormulasTests: answer 15, publication 2 working days):
    //   a regulation, online:  received Mon 3, answered Fri 14, published Mon 17 — on time; votes 3–1: satisfied.
    //   b handling, entered:   received Mon 3 08:00, refused Thu 6 08:00 (after Wed 5 08:00) — late.
    //   c regulation, online:  received Mon 24 — in progress on 31 March.
    //   d regulation, online:  received 10 February, unanswered — carried over, in progress.
    //   e handling, online:    received 20 February, published 28 February — handled before March: not counted.
    //   f handling, entered:   received Tue 25 February, answered Mon 3, published Tue 4 March — carried over, on time; votes 1–2.
    // Carried over 2 (d, f) + received 3 (a, b, c) = on time 2 (a, f) + late 1 (b) + in progress 2 (c, d).
    [Fact]
    public void Feedback_counts_by_channel_kind_and_outcome_and_carried_over_plus_received_is_handled_plus_in_progress()
    {
        (FeedbackFacts, bool)[] feedback =
        [
            (FeedbackReceived("a", FeedbackKind.Regulation, "2025-03-03T08:00+07:00") with { AnsweredAt = Instant("2025-03-14T10:00+07:00"), PublishedAt = Instant("2025-03-17T10:00+07:00"), SatisfiedVotes = 3, UnsatisfiedVotes = 1 }, false),
            (FeedbackReceived("b", FeedbackKind.Handling, "2025-03-03T08:00+07:00") with { RefusedAt = Instant("2025-03-06T08:00+07:00") }, true),
            (FeedbackReceived("c", FeedbackKind.Regulation, "2025-03-24T08:00+07:00"), false),
            (FeedbackReceived("d", FeedbackKind.Regulation, "2025-02-10T08:00+07:00"), false),
            (FeedbackReceived("e", FeedbackKind.Handling, "2025-02-20T08:00+07:00") with { AnsweredAt = Instant("2025-02-27T10:00+07:00"), PublishedAt = Instant("2025-02-28T10:00+07:00") }, false),
            (FeedbackReceived("f", FeedbackKind.Handling, "2025-02-25T08:00+07:00") with { AnsweredAt = Instant("2025-03-03T10:00+07:00"), PublishedAt = Instant("2025-03-04T10:00+07:00"), SatisfiedVotes = 1, UnsatisfiedVotes = 2 }, true),
        ];

        var measures = FeedbackTally.Count(feedback, Context);

        (measures[FeedbackTally.ReceivedOnline], measures[FeedbackTally.ReceivedEntered], measures[FeedbackTally.CarriedOver]).ShouldBe((2, 1, 2));
        (measures[FeedbackTally.Regulation], measures[FeedbackTally.Handling]).ShouldBe((2, 1));
        (measures[FeedbackTally.HandledOnTime], measures[FeedbackTally.HandledLate], measures[FeedbackTally.InProgress]).ShouldBe((2, 1, 2));
        (measures[FeedbackTally.AnswersPublished], measures[FeedbackTally.Satisfied], measures[FeedbackTally.Unsatisfied]).ShouldBe((2, 1, 1));
    }

    // Procedures: P1 full online (listed twice, as two units resolve it), P2 partial. In March: d1 at the counter
    // (components reused and on paper, paid 50.000 đ online on the 5th), d2 online (every component uploaded: digitized,
    // P1 returns no document), d3 by post on 20 February (not received in March, paid at the desk).
    [Fact]
    public void Online_services_count_each_procedure_once_and_the_dossiers_received_paid_and_digitized_in_the_period()
    {
        var facts = new IndexFacts
        {
            Procedures = [Procedure("P1") with { Online = OnlineLevel.Full }, Procedure("P1") with { Online = OnlineLevel.Full }, Procedure("P2") with { Online = OnlineLevel.Partial }],
            Dossiers =
            [
                Dossier("d1", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with
                {
                    Components = [ComponentOrigin.Reuse, ComponentOrigin.Paper], Payments = [new Payment(Instant("2025-03-05T09:00+07:00"), 50_000, Online: true)],
                },
                Dossier("d2", "2025-03-04T08:00+07:00", "2025-03-10T08:00+07:00") with { Channel = IntakeChannel.Online, Components = [ComponentOrigin.Upload, ComponentOrigin.Upload] },
                Dossier("d3", "2025-02-20T08:00+07:00", "2025-03-20T08:00+07:00") with
                {
                    Channel = IntakeChannel.Postal, Payments = [new Payment(Instant("2025-03-05T09:00+07:00"), 30_000, Online: false)],
                },
            ],
        };

        var measures = OnlineServiceTally.Count(facts, Context);

        (measures[OnlineServiceTally.ProceduresFullOnline], measures[OnlineServiceTally.ProceduresPartialOnline], measures[OnlineServiceTally.ProceduresOffline]).ShouldBe((1, 1, 0));
        (measures[OnlineServiceTally.ReceivedOnline], measures[OnlineServiceTally.ReceivedCounter], measures[OnlineServiceTally.ReceivedPostal]).ShouldBe((1, 1, 0));
        (measures[OnlineServiceTally.PaidOnline], measures[OnlineServiceTally.PaidOnlineAmount]).ShouldBe((1, 50_000));
        (measures[OnlineServiceTally.Digitized], measures[OnlineServiceTally.ElectronicResults], measures[OnlineServiceTally.Reused]).ShouldBe((1, 0, 1));
    }

    // March 2025. Decision 1, Monday 3 (its fifth working day after is Monday 10): A created, effective the 31st (on
    // time), disclosed on the 6th (by the 10th); B created, effective the 5th (late), never disclosed. Decision 2,
    // Friday 14, abolishes B (disclosure due Friday 21, never made). February's decision 0 is outside the month.
    // Published on time: A (B is late in decision 1); disclosed on time: A, of A, B and B again.
    [Fact]
    public void Publication_counts_the_months_decisions_and_changes_and_judges_them_as_indicators_1_1_to_1_3()
    {
        (PublicationFacts, IReadOnlyList<ProcedureChangeKind>)[] decisions =
        [
            (new PublicationFacts("0/QĐ", Day("2025-02-03"), [new PublishedProcedure("C", Day("2025-03-01"), Day("2025-02-05"))]), [ProcedureChangeKind.Created]),
            (new PublicationFacts("1/QĐ", Day("2025-03-03"), [new PublishedProcedure("A", Day("2025-03-31"), Day("2025-03-06")), new PublishedProcedure("B", Day("2025-03-05"), null)]),
                [ProcedureChangeKind.Created, ProcedureChangeKind.Created]),
            (new PublicationFacts("2/QĐ", Day("2025-03-14"), [new PublishedProcedure("B", Day("2025-04-15"), null)]), [ProcedureChangeKind.Abolished]),
        ];

        var measures = PublicationTally.Count(decisions, [Procedure("A"), Procedure("D") with { HasCompleteContent = false }], Context);

        (measures[PublicationTally.Decisions], measures[PublicationTally.Created], measures[PublicationTally.Amended], measures[PublicationTally.Abolished]).ShouldBe((2, 2, 0, 1));
        (measures[PublicationTally.PublishedOnTime], measures[PublicationTally.DisclosedOnTime]).ShouldBe((1, 1));
        (measures[PublicationTally.Published], measures[PublicationTally.CompleteContent]).ShouldBe((2, 1));
    }

    // March 2025: r1 made on the 3rd, proposing, 120.000.000 → 30.000.000 đ a year, 10 → 6 fields, approved on the 20th;
    // r2 made on the 10th with no proposal, 5.000.000 đ either way, 4 fields; r3 made in February, approved on 5 March:
    // only its approval counts in March.
    [Fact]
    public void Reviews_count_the_months_forms_proposals_approvals_and_costs_a_year()
    {
        ReviewedProcedure[] reviews =
        [
            new(Instant("2025-03-03T09:00+07:00"), true, Instant("2025-03-20T09:00+07:00"), 120_000_000m, 30_000_000m, 10, 6),
            new(Instant("2025-03-10T09:00+07:00"), false, null, 5_000_000m, 5_000_000m, 4, 4),
            new(Instant("2025-02-10T09:00+07:00"), true, Instant("2025-03-05T09:00+07:00"), 1_000_000m, 500_000m, 3, 2),
        ];

        var measures = ReviewTally.Count(reviews, March);

        (measures[ReviewTally.Reviewed], measures[ReviewTally.Proposals], measures[ReviewTally.Approved]).ShouldBe((2, 1, 2));
        (measures[ReviewTally.CostBefore], measures[ReviewTally.CostAfter], measures[ReviewTally.Saving]).ShouldBe((125_000_000, 35_000_000, 90_000_000));
        (measures[ReviewTally.FieldsBefore], measures[ReviewTally.FieldsAfter]).ShouldBe((14, 10));
    }
}
