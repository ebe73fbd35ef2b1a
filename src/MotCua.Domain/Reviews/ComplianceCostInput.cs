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
    // Far above any real procedure (a year of work per dossier, a billion VND an hour, a dossier for every resident
    // ten times over), yet low enough that the cost a year, at most 1.2e22 VND, stays within decimal's 7.9e28.
    public const decimal MaxHoursPerDossier = 10_000m;
    public const decimal MaxIncomePerHour = 1_000_000_000m;
    public const decimal MaxCostPerDossier = 1_000_000_000_000m;
    public const long MaxDossiersPerYear = 1_000_000_000;

    /// <summary>Every value below zero or above its maximum, named under <paramref name="side"/> (<c>current</c>, <c>proposed</c>).</summary>
    public IEnumerable<ReviewProblem> Problems(string side) => Percentages.OutOfRange(
        ($"{side}.hoursPerDossier", HoursPerDossier, MaxHoursPerDossier),
        ($"{side}.incomePerHour", IncomePerHour, MaxIncomePerHour),
        ($"{side}.feesPerDossier", FeesPerDossier, MaxCostPerDossier),
        ($"{side}.otherCostsPerDossier", OtherCostsPerDossier, MaxCostPerDossier),
        ($"{side}.dossiersPerYear", DossiersPerYear, MaxDossiersPerYear));
}
