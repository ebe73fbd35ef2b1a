namespace MotCua.Domain.Reviews;

/// <summary>
/// A unit's review results for a year against the targets of <see cref="SimplificationTargets"/>: the share of its
/// procedures simplified, and the reduction of compliance cost and of declared information over all its reviews,
/// summed before dividing so that a busy procedure weighs by its dossiers and a long form by its fields.
/// </summary>
public sealed record UnitYearSimplification(
    int Procedures,
    int ProceduresSimplified,
    decimal? SimplifiedPercent,
    decimal? CostReductionPercent,
    decimal? DeclaredInformationReductionPercent)
{
    public bool MeetsSimplifiedTarget => SimplificationTargets.MeetsSimplified(SimplifiedPercent);

    public bool MeetsCostReductionTarget => SimplificationTargets.MeetsReduction(CostReductionPercent);

    public bool MeetsDeclaredInformationTarget => SimplificationTargets.MeetsReduction(DeclaredInformationReductionPercent);

    /// <param name="procedures">The unit's procedures in the year's scope.</param>
    /// <param name="proceduresSimplified">Those with an approved simplification.</param>
    /// <param name="costs">The year's compliance-cost reviews.</param>
    /// <param name="forms">The year's declared-information reductions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="costs"/> or <paramref name="forms"/> is null.</exception>
    public static ReviewOutcome<UnitYearSimplification> Assess(
        int procedures,
        int proceduresSimplified,
        IEnumerable<ComplianceCostComparison> costs,
        IEnumerable<DeclaredInformationReduction> forms)
    {
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(forms);
        List<ReviewProblem> problems = [.. Percentages.Negatives(("procedures", procedures), ("proceduresSimplified", proceduresSimplified))];
        // Against a negative count the comparison says nothing the first problem does not.
        if (problems.Count == 0 && proceduresSimplified > procedures)
        {
            problems.Add(new ReviewProblem("proceduresSimplified", $"{proceduresSimplified} simplified out of {procedures} procedures."));
        }

        return ReviewOutcome<UnitYearSimplification>.From(problems, () =>
        {
            decimal current = costs.Sum(c => c.Current.PerYear);
            decimal saving = costs.Sum(c => c.Saving);
            int fieldsBefore = forms.Sum(f => f.FieldsBefore);
            int fieldsCut = forms.Sum(f => f.FieldsCut);
            return new UnitYearSimplification(
                procedures,
                proceduresSimplified,
                Percentages.Of(proceduresSimplified, procedures),
                Percentages.Of(saving, current),
                Percentages.Of(fieldsCut, fieldsBefore));
        });
    }
}
