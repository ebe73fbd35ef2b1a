using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md 5.1–5.3 over March 2025; limits from receipt: refusal 2, information request 5, answer 15 working
// days (standing still while the sender is asked), publication 2 working days after the answer.
//   f1 regulation: received Mon 3 08:00, answered Fri 14 (due Mon 24 08:00), published Mon 17 (due Tue 18 10:00); votes 3–1.
//   f2 handling:   received Mon 3 08:00, refused Thu 6 08:00, after Wed 5 08:00: late.
//   f3 handling:   received Mon 3 08:00, answered Mon 10, published Thu 20 (due Wed 12 10:00): late.
//   f4 regulation: received Mon 24 08:00, in progress on 31 March, answer due 14 April: within its limit.
//   f5 regulation: received Mon 10 February, still unanswered (due 3 March): neither received nor handled in March.
//   f6 handling:   received Wed 5, answered Mon 10, published Tue 11, on time; votes 1–2: unsatisfied.
//   f7 regulation: received Mon 3 08:00, information asked Tue 4 08:00, brought Mon 17 08:00: 14 of the 15 working days
//                  were left, so the answer is due Fri 4 April 08:00; answered and published Mon 31: on time; but a new
//                  complaint about the answer followed.
// Built at each use: FeedbackFacts.From must run under each mutant (mutation.sh), not once per process.
public class SatisfactionFormulasTests
{
    private static IndexFacts Feedback => new()
    {
        Feedback =
        [
            FeedbackReceived("f1", FeedbackKind.Regulation, "2025-03-03T08:00+07:00") with { AnsweredAt = Instant("2025-03-14T10:00+07:00"), PublishedAt = Instant("2025-03-17T10:00+07:00"), SatisfiedVotes = 3, UnsatisfiedVotes = 1 },
            FeedbackReceived("f2", FeedbackKind.Handling, "2025-03-03T08:00+07:00") with { RefusedAt = Instant("2025-03-06T08:00+07:00") },
            FeedbackReceived("f3", FeedbackKind.Handling, "2025-03-03T08:00+07:00") with { AnsweredAt = Instant("2025-03-10T10:00+07:00"), PublishedAt = Instant("2025-03-20T10:00+07:00") },
            FeedbackReceived("f4", FeedbackKind.Regulation, "2025-03-24T08:00+07:00"),
            FeedbackReceived("f5", FeedbackKind.Regulation, "2025-02-10T08:00+07:00"),
            FeedbackReceived("f6", FeedbackKind.Handling, "2025-03-05T08:00+07:00") with { AnsweredAt = Instant("2025-03-10T10:00+07:00"), PublishedAt = Instant("2025-03-11T10:00+07:00"), SatisfiedVotes = 1, UnsatisfiedVotes = 2 },
            FeedbackFacts.From(
                new FeedbackItem
                {
                    Code = "f7",
                    Kind = FeedbackKind.Regulation,
                    Title = "Hỏi",
                    Content = "Hỏi về thủ tục",
                    Sender = new FeedbackSender("Trần B", null, null),
                    ReceivedAt = Instant("2025-03-03T08:00+07:00"),
                    InformationRequestedAt = Instant("2025-03-04T08:00+07:00"),
                    AnsweredAt = Instant("2025-03-31T10:00+07:00"),
                    PublishedAt = Instant("2025-03-31T11:00+07:00"),
                },
                [FeedbackEventAt(1, "request-information", "2025-03-04T08:00+07:00"), FeedbackEventAt(2, "receive-information", "2025-03-17T08:00+07:00")],
                complainedAboutAnswer: true),
        ],
    };

    [Fact]
    public void The_waits_for_the_sender_are_read_from_the_events() =>
        Feedback.Feedback.Single(f => f.Code == "f7").InformationWaits.ShouldBe([new ClockStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-17T08:00+07:00"))]);

    [Fact]
    public void Feedback_by_kind_counts_each_classification_over_the_feedback_received()
    {
        // Received in March: f1, f2, f3, f4, f6, f7; about regulations f1, f4, f7 → 3 / 6.
        Fraction fraction = SatisfactionFormulas.FeedbackByKind(Feedback, Context);

        (fraction.Numerator, fraction.Denominator).ShouldBe((3m, 6m));
        fraction.Parts.ShouldBe([new FractionPart("regulation", 3), new FractionPart("handling", 3)]);
    }

    [Fact]
    public void Feedback_on_time_counts_handled_on_time_and_in_progress_within_the_limit()
    {
        // Received or handled in March: f1, f2, f3, f4, f6, f7 (not f5). On time: f1, f4, f6, f7 → 4 / 6; 6 × 4 / 6 = 4.
        Fraction fraction = SatisfactionFormulas.FeedbackOnTime(Feedback, Context);

        fraction.ShouldBe(new Fraction(4, 6));
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "5.2"), fraction).ShouldBe(4m);
    }

    [Fact]
    public void Feedback_satisfaction_takes_off_unsatisfied_late_and_complained_about_each_once()
    {
        // First received in March: 6; off: f6 (1–2 votes), f2 and f3 (late), f7 (complaint) → f1, f4 = 2 / 6; 6 × 2 / 6 = 2.
        Fraction fraction = SatisfactionFormulas.FeedbackSatisfaction(Feedback, Context);

        fraction.ShouldBe(new Fraction(2, 6));
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "5.3"), fraction).ShouldBe(2m);
    }
}
