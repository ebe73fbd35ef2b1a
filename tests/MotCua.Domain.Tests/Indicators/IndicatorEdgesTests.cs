using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// The index's rules on their edges over March 2025, the half-open [1 March 00:00, 1 April 00:00): an instant exactly on
/// a boundary, a count of zero, a share above its threshold, and cases where counting the other kind would give
/// another figure.
/// </summary>
public sealed class IndicatorEdgesTests
{
    private static readonly DateTimeOffset End = Instant("2025-04-01T00:00+07:00");

    [Fact]
    public void A_period_holds_its_first_instant_and_not_its_end_and_ends_before_the_day_its_end_begins()
    {
        (March.Contains(March.From), March.Contains(End), March.Contains(End.AddTicks(-1))).ShouldBe((true, false, true));
        (March.EndsBefore(Day("2025-04-01")), March.EndsBefore(Day("2025-03-31"))).ShouldBe((true, false));
        Should.Throw<ArgumentOutOfRangeException>(() => new ReportingPeriod(End, End));
    }

    [Fact]
    public void A_due_change_applies_from_its_own_instant()
    {
        var dossier = Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with
        {
            Dues = [new DueChange(Instant("2025-03-03T08:00+07:00"), Instant("2025-03-07T08:00+07:00")), new DueChange(Instant("2025-03-10T08:00+07:00"), Instant("2025-03-12T08:00+07:00"))],
        };

        dossier.DueAt(Instant("2025-03-10T08:00+07:00")).ShouldBe(Instant("2025-03-12T08:00+07:00"));
        dossier.DueAt(Instant("2025-03-10T07:59+07:00")).ShouldBe(Instant("2025-03-07T08:00+07:00"));
    }

    [Fact]
    public void Only_supplement_requests_made_before_the_instant_are_counted()
    {
        // A supplement asked on the 5th, a pause on the 6th (no supplement), a supplement asked exactly on the 10th.
        var dossier = Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with
        {
            Stops =
            [
                new DossierStop(Instant("2025-03-05T08:00+07:00"), Instant("2025-03-06T08:00+07:00"), Supplement: true),
                new DossierStop(Instant("2025-03-06T09:00+07:00"), Instant("2025-03-07T08:00+07:00"), Supplement: false),
                new DossierStop(Instant("2025-03-10T08:00+07:00"), null, Supplement: true),
            ],
        };

        dossier.SupplementRequestsBefore(Instant("2025-03-10T08:00+07:00")).ShouldBe(1);
    }

    [Theory]
    // Paid online: some payment made online of more than 0 đồng (3.6; a 0-đồng line is no payment).
    [InlineData(true, 50_000, false, 20_000, true)]
    [InlineData(true, 0, false, 20_000, false)]
    [InlineData(false, 50_000, false, 20_000, false)]
    public void A_dossier_is_paid_online_when_one_payment_of_money_was_made_online(bool firstOnline, long first, bool secondOnline, long second, bool paid) =>
        (Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with
        {
            Payments = [new Payment(Instant("2025-03-03T09:00+07:00"), first, firstOnline), new Payment(Instant("2025-03-03T10:00+07:00"), second, secondOnline)],
        }).PaidOnline.ShouldBe(paid);

    [Theory]
    // Monday 3 March 2025: 5 working days after is Monday 10 (the context's own example), none after is the day itself.
    [InlineData(5, "2025-03-10")]
    [InlineData(1, "2025-03-04")]
    [InlineData(0, "2025-03-03")]
    public void Working_days_after_a_date_skip_the_weekend(int count, string day) =>
        Context.WorkingDaysAfter(Day("2025-03-03"), count).ShouldBe(Day(day));

    [Fact]
    public void A_share_above_the_threshold_earns_the_maximum_and_no_more()
    {
        // 3.4: P = 12, T = 50 %. 3 of 5 is 60 %: 12 points, not 12 × 60 / 50 = 14.4.
        IndicatorScoring.Points(Table.Indicators.Single(i => i.Id == "3.4"), new Fraction(3, 5)).ShouldBe(12m);
    }

    [Fact]
    public void Two_fractions_are_equal_when_their_figures_and_parts_are()
    {
        var half = new Fraction(1, 2) { Parts = [new FractionPart("online", 1)] };

        half.Equals(new Fraction(1, 2) { Parts = [new FractionPart("online", 1)] }).ShouldBeTrue();
        half.Equals(new Fraction(1, 3) { Parts = [new FractionPart("online", 1)] }).ShouldBeFalse();
        half.Equals(new Fraction(2, 2) { Parts = [new FractionPart("online", 1)] }).ShouldBeFalse();
        half.Equals(new Fraction(1, 2) { Parts = [new FractionPart("online", 0)] }).ShouldBeFalse();
        half.Equals(null).ShouldBeFalse();
    }

    [Fact]
    public void A_dossier_of_a_procedure_the_facts_lack_is_named_in_the_error() =>
        Should.Throw<InvalidOperationException>(() => Facts().ProcedureOf(Dossier("d9", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { ProcedureCode = "P9" }))
            .Message.ShouldBe("Dossier d9 is of procedure P9, which the facts do not hold.");

    [Fact]
    public void Only_online_dossiers_of_a_full_online_procedure_count_for_3_4()
    {
        // Two online dossiers and one at the counter of an eligible full online procedure: 2 / 3.
        var full = Procedure("F") with { Online = OnlineLevel.Full, FullOnlineEligible = true };
        var facts = new IndexFacts
        {
            Procedures = [full],
            Dossiers =
            [
                Dossier("a", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { ProcedureCode = "F", Channel = IntakeChannel.Online },
                Dossier("b", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { ProcedureCode = "F", Channel = IntakeChannel.Online },
                Dossier("c", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { ProcedureCode = "F" },
            ],
        };

        OnlineFormulas.FullOnlineDossiers(facts, Context).ShouldBe(new Fraction(2, 3));
    }

    [Fact]
    public void Each_dossier_received_says_by_which_channel()
    {
        var facts = Facts(
            Dossier("a", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00"),
            Dossier("b", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { Channel = IntakeChannel.Online },
            Dossier("c", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with { Channel = IntakeChannel.Postal });

        OnlineFormulas.DossiersByChannel(facts, Context).Subjects.Select(s => (s.Code, s.Reason)).ShouldBe([("a", "direct"), ("b", "online"), ("c", "postal")]);
    }

    [Fact]
    public void Feedback_by_kind_counts_the_regulations()
    {
        // Received in March: two about regulations, one about handling → 2 / 3.
        var facts = new IndexFacts
        {
            Feedback =
            [
                new FeedbackFacts { Code = "a", Kind = FeedbackKind.Regulation, ReceivedAt = Instant("2025-03-03T08:00+07:00") },
                new FeedbackFacts { Code = "b", Kind = FeedbackKind.Regulation, ReceivedAt = Instant("2025-03-04T08:00+07:00") },
                new FeedbackFacts { Code = "c", Kind = FeedbackKind.Handling, ReceivedAt = Instant("2025-03-05T08:00+07:00") },
            ],
        };

        var fraction = SatisfactionFormulas.FeedbackByKind(facts, Context);

        fraction.ShouldBe(new Fraction(2, 3) { Parts = [new FractionPart("regulation", 2), new FractionPart("handling", 1)] });
        fraction.Subjects.Select(s => s.InNumerator).ShouldBe([true, true, false]);
    }

    [Fact]
    public void Feedback_closed_at_the_periods_end_is_judged_as_still_in_progress_then()
    {
        // Received Mon 3 08:00, never answered (the answer was due Mon 24), closed exactly at the end of March: not
        // handled in March, so 5.2 judges it in progress, and overdue; had it been handled in March, on time (no step late).
        var closed = new FeedbackFacts { Code = "a", Kind = FeedbackKind.Regulation, ReceivedAt = Instant("2025-03-03T08:00+07:00"), ClosedAt = End };

        SatisfactionFormulas.FeedbackOnTime(new IndexFacts { Feedback = [closed] }, Context).ShouldBe(new Fraction(0, 1));
    }

    [Fact]
    public void Feedback_closed_at_the_periods_end_is_not_taken_off_5_3_as_handled_late()
    {
        // As above with its information request made late (Wed 12, after Mon 10 08:00): handled late, but not in March.
        var late = new FeedbackFacts
        {
            Code = "a", Kind = FeedbackKind.Regulation, ReceivedAt = Instant("2025-03-03T08:00+07:00"),
            InformationRequestedAt = Instant("2025-03-12T08:00+07:00"), ClosedAt = End,
        };

        SatisfactionFormulas.FeedbackSatisfaction(new IndexFacts { Feedback = [late] }, Context).ShouldBe(new Fraction(1, 1));
    }

    [Fact]
    public void Processing_ended_at_the_periods_end_has_not_ended_in_it()
    {
        var ended = Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-04-01T00:00+07:00");

        ProcessingTimeliness.EndAsOf(ended, End).ShouldBeNull();
        ProcessingTimeliness.EndAsOf(ended, End.AddTicks(1)).ShouldBe(End);
        ProcessingTimeliness.Counts(Dossier("e", "2025-04-01T00:00+07:00", "2025-04-07T08:00+07:00"), March).ShouldBeFalse();
    }

    [Fact]
    public void A_dossier_withdrawn_while_waiting_for_a_supplement_ends_at_the_request()
    {
        // Asked Wed 5, withdrawn Mon 10 while waiting; the supplement was recorded as brought back on Wed 12 all the same.
        var withdrawn = Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-05T08:00+07:00"), Instant("2025-03-12T08:00+07:00"), Supplement: true)],
            EndedAt = Instant("2025-03-10T08:00+07:00"),
            End = DossierEnd.Withdrawn,
        };

        ProcessingTimeliness.EndAsOf(withdrawn, End).ShouldBe(Instant("2025-03-05T08:00+07:00"));
    }

    [Fact]
    public void The_average_processing_time_lists_each_resolved_dossier_it_averages()
    {
        var facts = Facts(
            Dossier("a", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-03-03T10:00+07:00"),
            Dossier("b", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-03-03T12:00+07:00"));

        var fraction = ProgressFormulas.AverageProcessingTime(facts, Context);

        // Working time (07:30–11:30, 13:00–17:00): a 08:00–10:00 is 2 h, b 08:00–12:00 is 3.5 h → 5.5 h over 2 dossiers.
        (fraction.Numerator, fraction.Denominator).ShouldBe((5.5m, 2m));
        fraction.Subjects.Select(s => (s.Code, s.InNumerator)).ShouldBe([("a", true), ("b", true)]);
    }

    [Fact]
    public void A_dossier_with_no_component_is_not_digitized_and_an_unsigned_certified_copy_is_no_electronic_one()
    {
        var noComponents = Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00");
        DigitizationFormulas.IsDigitized(noComponents, resultIsDocument: false).ShouldBeFalse();

        var facts = new IndexFacts
        {
            Procedures = [Procedure("C") with { IsCertifiedCopy = true }],
            Dossiers = [Dossier("d", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-03-04T08:00+07:00") with { ProcedureCode = "C", Result = ResultKind.ECertifiedCopy }],
        };
        DigitizationFormulas.ElectronicCertifiedCopies(facts, Context).ShouldBe(new Fraction(0, 1));
    }

    [Fact]
    public void Procedures_published_exactly_on_the_working_days_before_effect_are_on_time()
    {
        // 1.1: a decision of Mon 3 March, 5 working days before effect: effective Mon 10 is on time, Fri 7 is not.
        var facts = new IndexFacts
        {
            Publications = [new PublicationFacts("1/QĐ", Day("2025-03-03"), [new PublishedProcedure("A", Day("2025-03-10"), null), new PublishedProcedure("B", Day("2025-03-07"), null)])],
        };

        TransparencyFormulas.PublishedOnTime(facts, Context).Subjects.Select(s => (s.Code, s.InNumerator)).ShouldBe([("A", true), ("B", false)]);
    }

    [Fact]
    public void A_target_row_made_empty_has_no_words_and_a_fifth_quarter_is_explained()
    {
        var target = new KpiTarget();

        (target.Task, target.Lead, target.Coordinating).ShouldBe(("", "", ""));
        Should.Throw<ArgumentOutOfRangeException>(() => target.Minimum(5)).Message.ShouldStartWith("A quarter is 1 to 4.");
    }

    [Fact]
    public void The_shipped_targets_become_the_units_rows()
    {
        var unit = Guid.NewGuid();

        var rows = KpiTargetSeed.Load(KpiTargetSeed.PhuocLong2024).For(unit).ToList();

        rows.Count.ShouldBe(15);
        rows.ShouldAllBe(r => r.UnitId == unit && r.Year == 2024);
        // Task 03 for the communes (Phụ lục II): 80 % in the year, 30 / 50 / 70 / 80 % by quarter.
        var digitization = rows.Single(r => r.Task == "03" && r.AppliesTo.Contains(UnitKind.Commune));
        (digitization.Indicator, digitization.Annual, digitization.Q1, digitization.Q2, digitization.Q3, digitization.Q4)
            .ShouldBe((TargetIndicator.Digitization, 80m, 30m, 50m, 70m, 80m));
        digitization.Lead.ShouldBe("UBND các xã, phường");
    }

    [Fact]
    public void A_shipped_resource_that_is_not_there_is_named()
    {
        Should.Throw<InvalidOperationException>(() => KpiTargetSeed.Load("MotCua.Domain.Indicators.Targets.none.json"))
            .Message.ShouldBe("Embedded resource MotCua.Domain.Indicators.Targets.none.json is missing from the assembly.");
    }

    [Fact]
    public void A_dossier_late_and_rated_unsatisfied_is_taken_off_5_4_once_with_both_reasons()
    {
        // Due Fri 7 08:00, a resolved Mon 10 (late) and rated unsatisfied, b resolved on time. INDICATORS-766.md 5.4 takes
        // the late rate and the unhappy rate off 100 %: 100 % − (1/2 + 1/2) = 0 / 2; a's reason names both.
        var facts = Facts(
            Dossier("a", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-03-10T08:00+07:00") with { Rating = SatisfactionLevel.Unsatisfied },
            Dossier("b", "2025-03-03T08:00+07:00", "2025-03-07T08:00+07:00").Resolved("2025-03-05T08:00+07:00"));

        var fraction = SatisfactionFormulas.DossierSatisfaction(facts, Context);

        fraction.ShouldBe(new Fraction(0, 2));
        fraction.Subjects.Select(s => (s.Code, s.InNumerator, s.Reason)).ShouldBe([("a", false, "lateAndUnhappy"), ("b", true, null)]);
    }

    [Fact]
    public void The_decisions_behind_revisions_group_their_procedures_and_skip_a_revision_without_one()
    {
        var decision = new Publication("15/QĐ-UBND", Day("2025-03-03"), Day("2025-03-20"));
        (string, ProcedureRevision, DateOnly?)[] revisions =
        [
            ("P1", Revision(decision), Day("2025-03-05")),
            ("P2", Revision(null), null),
            ("P3", Revision(decision), null),
        ];

        var facts = PublicationFacts.From(revisions).ShouldHaveSingleItem();

        (facts.DecisionNumber, facts.DecisionDate).ShouldBe(("15/QĐ-UBND", Day("2025-03-03")));
        facts.Procedures.ShouldBe([new PublishedProcedure("P1", Day("2025-03-20"), Day("2025-03-05")), new PublishedProcedure("P3", Day("2025-03-20"), null)]);
    }

    [Theory]
    // Transferred Mon 10 08:00: the 15 working days of the answer run from then (to Mon 31 08:00), less the wait for the
    // sender that began at the transfer (Mon 10 08:00 – Wed 12 08:00, two working days: due Wed 2 April 08:00). A wait
    // before the transfer (Tue 4 – Fri 7) is not the answer's.
    [InlineData("2025-04-02T08:00+07:00", true)]
    [InlineData("2025-04-02T08:01+07:00", false)]
    public void The_answers_limit_stands_still_only_for_the_waits_since_the_limits_began(string answered, bool onTime)
    {
        var transferred = new FeedbackFacts
        {
            Code = "f", ReceivedAt = Instant("2025-03-03T08:00+07:00"), TransferredAt = Instant("2025-03-10T08:00+07:00"),
            InformationWaits =
            [
                new ClockStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-07T08:00+07:00")),
                new ClockStop(Instant("2025-03-10T08:00+07:00"), Instant("2025-03-12T08:00+07:00")),
            ],
            AnsweredAt = Instant(answered),
            PublishedAt = Instant(answered),
        };

        FeedbackTimeliness.HandledOnTime(transferred, Context).ShouldBe(onTime);
    }

    private static ProcedureRevision Revision(Publication? publication) => new() { ByUserName = "canbo", Snapshot = "{}", Publication = publication };
}
