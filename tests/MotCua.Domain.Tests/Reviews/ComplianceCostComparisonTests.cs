using MotCua.Domain.Reviews;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Reviews;

// Circular 02/2017/TT-VPCP (DOMAIN.md §10, API.md POST /reviews/compliance-cost): per dossier = hours × income per
// hour + fees + other costs; per year = per dossier × dossiers a year; saving and saving percent (two decimals).
public class ComplianceCostComparisonTests
{
    [Fact]
    public void The_worked_example_checked_by_hand()
    {
        // Current: 4 h × 25,000 VND/h = 100,000; + 50,000 fee + 20,000 other (copies, travel) = 170,000 a dossier;
        //   × 1,200 dossiers = 204,000,000 a year.
        // Proposed (online, fewer components): 1.5 h × 25,000 = 37,500; + 50,000 fee + 0 other = 87,500 a dossier;
        //   × 1,200 = 105,000,000 a year.
        // Saving: 204,000,000 − 105,000,000 = 99,000,000; 99 ÷ 204 = 0.4852941… → 48.53 %, above the 20 % target.
        ComplianceCostComparison comparison = ComplianceCostComparison.Compare(
            new ComplianceCostInput(4m, 25_000m, 50_000m, 20_000m, 1_200),
            new ComplianceCostInput(1.5m, 25_000m, 50_000m, 0m, 1_200)).Value!;

        comparison.Current.ShouldBe(new ComplianceCost(170_000m, 204_000_000m));
        comparison.Proposed.ShouldBe(new ComplianceCost(87_500m, 105_000_000m));
        comparison.Saving.ShouldBe(99_000_000m);
        comparison.SavingPercent.ShouldBe(48.53m);
        comparison.MeetsReductionTarget.ShouldBeTrue();
    }

    [Theory]
    // 1 VND saved out of 800: 0.125 % → 0.13, halves away from zero as Excel's ROUND (banker's rounding would give 0.12).
    [InlineData(800, 799, 0.13)]
    // A proposal that costs more: 1,000 → 1,150 saves −150, −15.00 %.
    [InlineData(1_000, 1_150, -15.00)]
    public void The_saving_percent_has_two_decimals_and_keeps_its_sign(int currentFee, int proposedFee, double percent) =>
        ComplianceCostComparison.Compare(Fee(currentFee), Fee(proposedFee)).Value!.SavingPercent.ShouldBe((decimal)percent);

    [Fact]
    public void A_procedure_that_costs_nothing_now_has_no_saving_percent()
    {
        ComplianceCostComparison comparison = ComplianceCostComparison.Compare(Fee(0), Fee(0)).Value!;

        (comparison.Saving, comparison.SavingPercent, comparison.MeetsReductionTarget).ShouldBe((0m, (decimal?)null, false));
    }

    [Fact]
    public void Every_negative_input_of_either_side_is_reported_and_nothing_is_computed()
    {
        ReviewOutcome<ComplianceCostComparison> outcome = ComplianceCostComparison.Compare(
            new ComplianceCostInput(-1m, 25_000m, 50_000m, 0m, 1_200),
            new ComplianceCostInput(1m, -25_000m, 0m, -1m, -5));

        outcome.Value.ShouldBeNull();
        outcome.Problems.Select(p => p.Field).ShouldBe(
            ["current.hoursPerDossier", "proposed.incomePerHour", "proposed.otherCostsPerDossier", "proposed.dossiersPerYear"]);
    }

    [Fact]
    public void Inputs_above_their_maximum_are_reported_so_the_cost_a_year_never_overflows()
    {
        ReviewOutcome<ComplianceCostComparison> outcome = ComplianceCostComparison.Compare(
            new ComplianceCostInput(1e20m, 1e20m, 1e20m, 0m, long.MaxValue),
            new ComplianceCostInput(1m, 25_000m, 0m, ComplianceCostInput.MaxCostPerDossier, ComplianceCostInput.MaxDossiersPerYear));

        outcome.Value.ShouldBeNull();
        outcome.Problems.Select(p => p.Field).ShouldBe(["current.hoursPerDossier", "current.incomePerHour", "current.feesPerDossier", "current.dossiersPerYear"]);
        outcome.Problems.Select(p => p.Maximum).ShouldBe([10_000m, 1_000_000_000m, 1_000_000_000_000m, 1_000_000_000m]);
    }

    [Fact]
    public void The_largest_inputs_allowed_still_give_a_cost()
    {
        ComplianceCostInput largest = new(
            ComplianceCostInput.MaxHoursPerDossier, ComplianceCostInput.MaxIncomePerHour, ComplianceCostInput.MaxCostPerDossier,
            ComplianceCostInput.MaxCostPerDossier, ComplianceCostInput.MaxDossiersPerYear);

        ComplianceCostComparison.Compare(largest, Fee(0)).Value!.Current.PerYear.ShouldBe(1.2e22m);
    }

    [Fact]
    public void An_input_above_its_maximum_is_reported_with_the_maximum()
    {
        ReviewProblem problem = ComplianceCostComparison.Compare(new ComplianceCostInput(10_001m, 0m, 0m, 0m, 1), Fee(0)).Problems
            .ShouldHaveSingleItem();

        problem.ShouldBe(new ReviewProblem("current.hoursPerDossier", "current.hoursPerDossier is 10001; it cannot exceed 10000.", 10_000m));
    }

    [Fact]
    public void A_saving_of_exactly_20_percent_meets_the_reduction_target()
    {
        // 1,000 → 800 VND a year: 200 ÷ 1,000 = 20.00 %, and the target (DOMAIN.md §10) is at least 20 %.
        ComplianceCostComparison comparison = ComplianceCostComparison.Compare(Fee(1_000), Fee(800)).Value!;

        (comparison.SavingPercent, comparison.MeetsReductionTarget).ShouldBe(((decimal?)20.00m, true));
    }

    [Fact]
    public void A_cost_is_not_computed_from_negative_inputs() =>
        Should.Throw<ArgumentException>(() => ComplianceCost.Of(new ComplianceCostInput(1m, 1m, -1m, 0m, 1))).Message
            .ShouldStartWith("Compliance cost inputs cannot be negative or above their maximum.");

    [Fact]
    public void Missing_inputs_are_refused_by_name()
    {
        Should.Throw<ArgumentNullException>(() => ComplianceCost.Of(null!)).ParamName.ShouldBe("input");
        Should.Throw<ArgumentNullException>(() => ComplianceCostComparison.Compare(null!, Fee(0))).ParamName.ShouldBe("current");
        Should.Throw<ArgumentNullException>(() => ComplianceCostComparison.Compare(Fee(0), null!)).ParamName.ShouldBe("proposed");
    }

    private static ComplianceCostInput Fee(int fee) => new(0m, 0m, fee, 0m, 1);
}
