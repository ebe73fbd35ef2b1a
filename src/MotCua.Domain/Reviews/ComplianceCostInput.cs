namespace MotCua.Domain.Reviews;

/// <summary>
/// What a review form records to price one procedure's compliance cost (Circular 02/2017/TT-VPCP, Chương V and its
/// cost form): time to prepare and submit a dossier, the average income per hour of the people who do it, the fees and
/// other costs of one dossier (copies, travel…), and how many dossiers a year. Amounts in VND.
/// </summary>
public sealed record ComplianceCostInput(
    decimal HoursPerDossier,
    decimal IncomePerHour,
    decimal FeesPerDossier,
    decimal OtherCostsPerDossier,
    long DossiersPerYear)
{
    /// <summary>Every value below zero, named under <paramref name="side"/> (<c>current</c>, <c>proposed</c>).</summary>
    public IEnumerable<ReviewProblem> Problems(string side) => Percentages.Negatives(
        ($"{side}.hoursPerDossier", HoursPerDossier),
        ($"{side}.incomePerHour", IncomePerHour),
        ($"{side}.feesPerDossier", FeesPerDossier),
        ($"{side}.otherCostsPerDossier", OtherCostsPerDossier),
        ($"{side}.dossiersPerYear", DossiersPerYear));
}
