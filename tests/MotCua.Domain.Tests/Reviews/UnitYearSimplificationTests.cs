using MotCua.Domain.Reviews;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Reviews;

// DOMAIN.md §10, seeds 001 and 002: at least 10 % of procedures simplified, declared information or compliance cost cut
// by at least 20 %, per unit and year.
public class UnitYearSimplificationTests
{
    [Theory]
    [InlineData(20, 15, 25.00)] // 5 of 20 fields cut
    [InlineData(12, 11, 8.33)] // 1 ÷ 12 = 0.08333…
    public void The_declared_information_reduction_is_the_share_of_fields_cut(int before, int after, double percent) =>
        DeclaredInformationReduction.Of(before, after).Value!.Percent.ShouldBe((decimal)percent);

    [Fact]
    public void A_form_without_fields_has_no_reduction_percent() =>
        DeclaredInformationReduction.Of(0, 0).Value!.Percent.ShouldBeNull();

    [Fact]
    public void Negative_field_counts_are_refused()
    {
        DeclaredInformationReduction.Of(-1, 3).Problems.ShouldBe([new ReviewProblem("fieldsBefore", "fieldsBefore is -1; it cannot be negative.")]);
        DeclaredInformationReduction.Of(3, -2).Problems.ShouldBe([new ReviewProblem("fieldsAfter", "fieldsAfter is -2; it cannot be negative.")]);
    }

    [Fact]
    public void A_unit_year_is_assessed_on_sums_not_averages()
    {
        // Seed 000 Phụ lục IV lists 15 procedures; say 30 in scope and 3 simplified: 3 ÷ 30 = 10.00 %, the target met.
        // Costs: the worked example (204,000,000 → 105,000,000) and a procedure left as it was (10,000,000 a year):
        //   saved 99,000,000 of 214,000,000 = 46.2616… → 46.26 %.
        // Forms: 20 → 15 fields and 10 → 10 fields: 5 of 30 cut = 16.67 %, below 20 %.
        ComplianceCostComparison worked = Compare(new(4m, 25_000m, 50_000m, 20_000m, 1_200), new(1.5m, 25_000m, 50_000m, 0m, 1_200));
        ComplianceCostComparison unchanged = Compare(new(2m, 20_000m, 60_000m, 0m, 100), new(2m, 20_000m, 60_000m, 0m, 100));

        UnitYearSimplification year = UnitYearSimplification.Assess(
            30, 3, [worked, unchanged], [DeclaredInformationReduction.Of(20, 15).Value!, DeclaredInformationReduction.Of(10, 10).Value!]).Value!;

        (year.SimplifiedPercent, year.CostReductionPercent, year.DeclaredInformationReductionPercent).ShouldBe((10.00m, 46.26m, 16.67m));
        (year.MeetsSimplifiedTarget, year.MeetsCostReductionTarget, year.MeetsDeclaredInformationTarget).ShouldBe((true, true, false));
    }

    [Fact]
    public void A_unit_with_no_procedures_or_reviews_has_no_figures_and_meets_no_target()
    {
        UnitYearSimplification year = UnitYearSimplification.Assess(0, 0, [], []).Value!;

        (year.SimplifiedPercent, year.CostReductionPercent, year.DeclaredInformationReductionPercent).ShouldBe(((decimal?)null, (decimal?)null, (decimal?)null));
        year.MeetsSimplifiedTarget.ShouldBeFalse();
    }

    [Theory]
    [InlineData(10, 11, "proceduresSimplified", "11 simplified out of 10 procedures.")]
    [InlineData(-1, 0, "procedures", "procedures is -1; it cannot be negative.")]
    [InlineData(10, -1, "proceduresSimplified", "proceduresSimplified is -1; it cannot be negative.")]
    public void Inconsistent_counts_are_refused(int procedures, int simplified, string field, string detail) =>
        UnitYearSimplification.Assess(procedures, simplified, [], []).Problems.ShouldBe([new ReviewProblem(field, detail)]);

    [Fact]
    public void Missing_reviews_are_refused_by_name()
    {
        Should.Throw<ArgumentNullException>(() => UnitYearSimplification.Assess(1, 0, null!, [])).ParamName.ShouldBe("costs");
        Should.Throw<ArgumentNullException>(() => UnitYearSimplification.Assess(1, 0, [], null!)).ParamName.ShouldBe("forms");
    }

    private static ComplianceCostComparison Compare(ComplianceCostInput current, ComplianceCostInput proposed) =>
        ComplianceCostComparison.Compare(current, proposed).Value!;
}
