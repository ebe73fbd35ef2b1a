namespace MotCua.Domain.Reviews;

/// <summary>
/// A procedure's compliance cost now and under the proposed simplification, and what the proposal saves a year
/// (API.md <c>POST /reviews/compliance-cost</c>). A proposal that costs more has a negative saving.
/// </summary>
/// <param name="SavingPercent">Saving ÷ current cost a year, two decimals; null when the current cost is 0.</param>
public sealed record ComplianceCostComparison(ComplianceCost Current, ComplianceCost Proposed, decimal Saving, decimal? SavingPercent)
{
    public bool MeetsReductionTarget => SimplificationTargets.MeetsReduction(SavingPercent);

    /// <summary>Both costs and the saving, or every negative input of either side.</summary>
    /// <exception cref="ArgumentNullException">Either input is null.</exception>
    public static ReviewOutcome<ComplianceCostComparison> Compare(ComplianceCostInput current, ComplianceCostInput proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        return ReviewOutcome<ComplianceCostComparison>.From(
            [.. current.Problems("current"), .. proposed.Problems("proposed")],
            () =>
            {
                ComplianceCost now = ComplianceCost.Of(current);
                ComplianceCost then = ComplianceCost.Of(proposed);
                decimal saving = now.PerYear - then.PerYear;
                return new ComplianceCostComparison(now, then, saving, Percentages.Of(saving, now.PerYear));
            });
    }
}
