namespace MotCua.Domain.Indicators;

/// <summary>Group 4, Thanh toán trực tuyến (INDICATORS-766.md 3.5a, 3.5b, 3.6).</summary>
public static class PaymentFormulas
{
    /// <summary>3.5a: the unit's procedures with a non-zero fee or charge, those integrated with online payment.</summary>
    public static Fraction PaymentIntegrated(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Fraction.Count(WithFees(facts), p => p.OnlinePaymentIntegrated);
    }

    /// <summary>3.5b: the unit's procedures with a non-zero fee or charge, those with a successful online payment made in the period.</summary>
    public static Fraction PaymentTransactions(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var paid = facts.Dossiers
            .Where(d => d.Payments.Any(p => p.Online && p.Amount > 0 && context.Period.Contains(p.At)))
            .Select(d => d.ProcedureCode)
            .ToHashSet(StringComparer.Ordinal);
        return Fraction.Count(WithFees(facts), p => paid.Contains(p.Code));
    }

    /// <summary>
    /// 3.6: dossiers received in the period of procedures with fees, less those whose every fee line was exempted,
    /// those paid online. "Started" is read as received: the time limit, and the dossier, start at receipt.
    /// </summary>
    public static Fraction DossiersPaidOnline(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(
            facts.ReceivedIn(context.Period).Where(d => facts.ProcedureOf(d).HasFees && !d.FeeExempt),
            d => d.PaidOnline);
    }

    private static IEnumerable<ProcedureFacts> WithFees(IndexFacts facts) => facts.Procedures.Where(p => p.IsPublished && p.HasFees);
}
