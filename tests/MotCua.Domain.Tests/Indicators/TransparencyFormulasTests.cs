using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md 1.1–1.3 over March 2025, 5 working days either way (a province's unit). Working days:
// Thu 20 Feb + 5 → Thu 27 Feb; Mon 3 Mar + 5 → Mon 10 Mar; Wed 12 Mar + 5 → Wed 19 Mar; Fri 28 Mar + 5 → Fri 4 Apr.
public class TransparencyFormulasTests
{
    private static readonly IndexFacts Decisions = new()
    {
        Publications =
        [
            new("QD0", Day("2025-02-20"), [new("P9", Day("2025-03-20"), Day("2025-03-03"))]),
            new("QD1", Day("2025-03-03"), [new("P1", Day("2025-03-10"), Day("2025-03-10")), new("P2", Day("2025-03-07"), null)]),
            new("QD2", Day("2025-03-12"), [new("P1", Day("2025-03-14"), Day("2025-04-02")), new("P3", Day("2025-04-01"), Day("2025-03-13"))]),
            new("QD3", Day("2025-03-28"), [new("P4", Day("2025-05-01"), null)]),
        ],
    };

    [Fact]
    public void Published_on_time_needs_five_working_days_before_effect_in_every_decision_of_the_period()
    {
        // QD1: P1 effective Mon 10 = 5th working day after Mon 3 → on time; P2 effective Fri 7 → late.
        // QD2: P1 effective Fri 14, before Wed 19 → late, so P1 is late for March; P3 on time. QD3: P4 on time.
        // QD0 is dated in February. Distinct procedures P1, P2, P3, P4; on time P3, P4 → 2 / 4.
        TransparencyFormulas.PublishedOnTime(Decisions, Context).ShouldBe(new Fraction(2, 4));
    }

    [Fact]
    public void Disclosed_on_time_counts_disclosures_in_the_period_and_deadlines_in_it_still_missed()
    {
        // P9@QD0 disclosed Mon 3 Mar after its deadline Thu 27 Feb: counted, late.
        // P1@QD1 disclosed Mon 10 = its deadline: on time. P2@QD1 never disclosed, deadline Mon 10 in March: late.
        // P1@QD2 disclosed 2 April, deadline Wed 19 Mar: not disclosed at the end of March, late. P3@QD2 Thu 13: on time.
        // P4@QD3: deadline Fri 4 April, not yet due: not counted. → 2 / 5.
        TransparencyFormulas.DisclosedOnTime(Decisions, Context).ShouldBe(new Fraction(2, 5));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)] // no legal basis: Decree 63/2010 art. 8(2) requires it
    public void Complete_content_needs_every_part_of_decree_63(bool withLegalBasis, bool complete)
    {
        var procedure = new Procedure
        {
            Code = "P1",
            Name = "Đăng ký khai sinh",
            Field = "Hộ tịch",
            Result = "Giấy khai sinh",
            LegalBasis = withLegalBasis ? ["Luật Hộ tịch 2014"] : [],
            TimeLimit = new TimeLimit(1, TimeLimitUnit.WorkingDays),
            Channels = Channels.Counter | Channels.Online,
            Components = [new Component("Tờ khai", 1, 0, Required: true, Template: null)],
            Steps = [new ProcessStep("Tiếp nhận", Role.Receptionist, null, 8)],
            Units = [new ProcedureUnit()],
        };

        ProcedureFacts facts = ProcedureFacts.From(procedure, new ProcedureFactDefaults(ProcedureSubjects.Citizens, ResultIsDocument: true));

        facts.HasCompleteContent.ShouldBe(complete);
        TransparencyFormulas.CompleteContent(new IndexFacts { Procedures = [facts, facts with { Code = "P2", IsPublished = false }] }, Context)
            .ShouldBe(new Fraction(complete ? 1 : 0, 1)); // the abolished P2 is not a published procedure
    }

    [Fact]
    public void Synchronized_counts_what_the_national_portal_acknowledged_by_the_end_of_the_period()
    {
        DossierFacts received = Dossier("a", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00");

        TransparencyFormulas.Synchronized(
            Facts(received with { SynchronizedAt = Instant("2025-03-03T08:05+07:00") }, received with { Code = "b", SynchronizedAt = Instant("2025-04-01T00:00+07:00") }),
            Context).ShouldBe(new Fraction(1, 2));
    }
}
