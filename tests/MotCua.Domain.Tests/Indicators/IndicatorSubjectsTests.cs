using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// The drill-down (INDICATORS-766.md, API: "every number can be checked by hand") lists the subjects each formula
// counted: they must be exactly the records behind its numerator and denominator, over the worked example of
// ServiceIndexTests (March 2025).
public class IndicatorSubjectsTests
{
    private ServiceIndexResult Result { get; } = ServiceIndex.Compute(Table, ServiceIndexTests.Example, March, WorkCalendar);

    public static TheoryData<string> CountingIndicators() =>
        [.. Table.Indicators.Where(i => i.Measure == IndicatorMeasure.Percent && i.Id != "5.4").Select(i => i.Id)];

    [Theory]
    [MemberData(nameof(CountingIndicators))]
    public void The_subjects_of_a_counting_indicator_add_up_to_its_figures(string id)
    {
        Fraction fraction = Indicator(id).Fraction;

        fraction.Subjects.Count.ShouldBe((int)fraction.Denominator);
        fraction.Subjects.Count(s => s.InNumerator).ShouldBe((int)fraction.Numerator);
    }

    [Theory]
    [InlineData("2.1", "d1,d2,d3,d4,d5", "d1,d2,d4,d5")]  // d3 overdue at the end of March
    [InlineData("3.3", "d1,d2,d3,d4,d5", "d1,d3")]        // online, with an electronic result where a document is returned
    [InlineData("3.6", "d1,d2", "d1")]                    // d3 exempt, d4 and d5 of a procedure without fees
    [InlineData("4.1", "d1,d2,d4,d5", "d1,d4")]           // resolved dossiers of procedures returning a document
    [InlineData("4.5a", "FULL,NONE", "FULL,NONE")]        // procedures for citizens
    [InlineData("5.4", "d1,d2,d3,d4,d5", "d1,d2,d4")]     // d3 late, d5 rated unsatisfied
    public void The_subjects_are_the_records_the_formula_counted(string id, string denominator, string numerator)
    {
        Fraction fraction = Indicator(id).Fraction;

        fraction.Subjects.Select(s => s.Code).Order(StringComparer.Ordinal).ShouldBe(denominator.Split(','));
        fraction.Subjects.Where(s => s.InNumerator).Select(s => s.Code).Order(StringComparer.Ordinal).ShouldBe(numerator.Split(','));
    }

    [Fact]
    public void The_dossiers_of_5_4_not_counted_are_those_taken_off_its_numerator()
    {
        Fraction fraction = Indicator("5.4").Fraction;

        fraction.Subjects.Count(s => !s.InNumerator).ShouldBe((int)(fraction.Denominator - fraction.Numerator));
        fraction.Subjects.Single(s => s.Code == "d3").Reason.ShouldBe("late");
        fraction.Subjects.Single(s => s.Code == "d5").Reason.ShouldBe("unhappy");
    }

    [Theory]
    [InlineData("2025-03-05T17:00+07:00", "endedOnTime")]   // resolved exactly at the due instant
    [InlineData("2025-03-05T17:00:01+07:00", "endedLate")]  // one second after it
    [InlineData(null, "overdue")]                           // still open at the end of March, due 5 March
    public void A_dossier_of_2_1_says_why_it_is_or_is_not_on_time(string? resolved, string reason)
    {
        DossierFacts dossier = Dossier("x", "2025-03-03T08:00+07:00", "2025-03-05T17:00+07:00");
        Fraction fraction = ProgressFormulas.ProcessedOnTime(Facts(resolved is null ? dossier : dossier.Resolved(resolved)), Context);

        CountedSubject subject = fraction.Subjects.ShouldHaveSingleItem();
        subject.Reason.ShouldBe(reason);
        subject.InNumerator.ShouldBe(reason == "endedOnTime");
    }

    [Fact]
    public void A_dossier_still_in_progress_before_its_due_instant_is_counted_on_time()
    {
        Fraction fraction = ProgressFormulas.ProcessedOnTime(Facts(Dossier("x", "2025-03-25T08:00+07:00", "2025-04-02T17:00+07:00")), Context);

        fraction.Subjects.ShouldHaveSingleItem().ShouldBe(new CountedSubject(SubjectKind.Dossier, "x", InNumerator: true, "inProgress"));
    }

    private IndicatorResult Indicator(string id) => Result.Groups.SelectMany(g => g.Indicators).Single(i => i.Indicator.Id == id);
}
