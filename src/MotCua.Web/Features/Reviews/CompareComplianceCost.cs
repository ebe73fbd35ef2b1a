using MotCua.Domain.Reviews;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reviews;

/// <summary>One side of a compliance-cost review (Circular 02/2017/TT-VPCP): every value is required.</summary>
public sealed record CostInput(decimal? HoursPerDossier, decimal? IncomePerHour, decimal? FeesPerDossier, decimal? OtherCostsPerDossier, long? DossiersPerYear);

public sealed record ComplianceCostRequest(CostInput? Current, CostInput? Proposed);

public sealed record CostFigures(decimal PerDossier, decimal PerYear);

/// <param name="SavingPercent">Null when the current cost is 0: no share of nothing.</param>
/// <param name="MeetsReductionTarget">Whether the saving reaches the yearly 20 % target of review and simplification.</param>
public sealed record ComplianceCostAnswer(CostFigures Current, CostFigures Proposed, decimal Saving, decimal? SavingPercent, bool MeetsReductionTarget);

/// <summary>
/// Chi phí tuân thủ TTHC now and under a simplification proposal, and what it saves a year (API.md, reviews). Nothing is
/// stored: the review form keeps the figures it shows.
/// </summary>
public sealed class CompareComplianceCost
{
    public Outcome<ComplianceCostAnswer> Handle(ComplianceCostRequest request)
    {
        var errors = new Dictionary<string, Text[]>();
        var current = Read(request.Current, "current", errors);
        var proposed = Read(request.Proposed, "proposed", errors);
        if (current is null || proposed is null)
        {
            return Error.Validation(errors);
        }

        var outcome = ComplianceCostComparison.Compare(current, proposed);
        if (outcome.Value is not { } comparison)
        {
            return Error.Validation(outcome.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(ReviewLabels.Problem).ToArray()));
        }

        return new ComplianceCostAnswer(
            Figures(comparison.Current), Figures(comparison.Proposed), comparison.Saving, comparison.SavingPercent, comparison.MeetsReductionTarget);
    }

    private static CostFigures Figures(ComplianceCost cost) => new(cost.PerDossier, cost.PerYear);

    /// <summary>The side's input, or null with an error for each value missing.</summary>
    private static ComplianceCostInput? Read(CostInput? input, string side, Dictionary<string, Text[]> errors)
    {
        if (input is null)
        {
            errors[side] = [ReviewLabels.Required];
            return null;
        }

        var missing = new (string Field, bool Absent)[]
        {
            ("hoursPerDossier", input.HoursPerDossier is null),
            ("incomePerHour", input.IncomePerHour is null),
            ("feesPerDossier", input.FeesPerDossier is null),
            ("otherCostsPerDossier", input.OtherCostsPerDossier is null),
            ("dossiersPerYear", input.DossiersPerYear is null),
        }.Where(f => f.Absent).ToList();
        foreach (var (field, _) in missing)
        {
            errors[$"{side}.{field}"] = [ReviewLabels.Required];
        }

        return missing.Count > 0 ? null : new ComplianceCostInput(
            input.HoursPerDossier!.Value, input.IncomePerHour!.Value, input.FeesPerDossier!.Value, input.OtherCostsPerDossier!.Value, input.DossiersPerYear!.Value);
    }
}
