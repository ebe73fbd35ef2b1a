namespace MotCua.Domain.Reviews;

/// <summary>
/// The compliance cost of a procedure (Circular 02/2017/TT-VPCP; API.md, reviews): per dossier = hours × income per
/// hour + fees + other costs; per year = per dossier × dossiers per year. Exact decimal arithmetic, unrounded: VND
/// amounts of hours such as 0.5 × 23,437.5 keep their cents until a form prints them.
/// </summary>
public sealed record ComplianceCost(decimal PerDossier, decimal PerYear)
{
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">A value out of range: check <see cref="ComplianceCostInput.Problems"/> first.</exception>
    public static ComplianceCost Of(ComplianceCostInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Problems("input").Any())
        {
            throw new ArgumentException("Compliance cost inputs cannot be negative or above their maximum.", nameof(input));
        }

        decimal perDossier = input.HoursPerDossier * input.IncomePerHour + input.FeesPerDossier + input.OtherCostsPerDossier;
        return new ComplianceCost(perDossier, perDossier * input.DossiersPerYear);
    }
}
