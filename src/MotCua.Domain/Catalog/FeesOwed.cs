namespace MotCua.Domain.Catalog;

/// <summary>One line of what an applicant owes: the fee, how many times it is charged and the amount.</summary>
public sealed record OwedFee(string Name, int Quantity, long Amount);

/// <summary>
/// What the applicant owes for what he asked (Law on Fees and Charges 2015, art. 3: a fee is paid for the service
/// received): each fee once, a fee charged on request once per copy asked, nothing for an exempted dossier. Lines that
/// come to nothing are left out, so an on-time birth registration without copies owes nothing.
/// </summary>
public static class FeesOwed
{
    /// <summary>How many times <paramref name="fee"/> is charged; 0: not owed.</summary>
    public static int Quantity(Fee fee, int copies, bool exempt) => exempt || fee.Amount <= 0 ? 0 : fee.OnRequest ? copies : 1;

    public static IReadOnlyList<OwedFee> Lines(IEnumerable<Fee> fees, int copies, bool exempt) =>
        fees.Select(f => new OwedFee(f.Name, Quantity(f, copies, exempt), f.Amount * Quantity(f, copies, exempt))).Where(f => f.Amount > 0).ToList();

    public static long Total(IEnumerable<Fee> fees, int copies, bool exempt) => Lines(fees, copies, exempt).Sum(f => f.Amount);
}
