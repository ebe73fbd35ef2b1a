using MotCua.Domain.Aggregates;

namespace MotCua.Domain.Indicators.Targets;

/// <summary>Where the actual value of each target comes from: the daily aggregates, or no source in MotCua yet.</summary>
public static class TargetActuals
{
    /// <summary>
    /// The actual fraction of <paramref name="indicator"/> from <paramref name="totals"/> (feedback on time from
    /// <paramref name="feedbackOnTime"/>, read from the feedback), or null when MotCua records nothing it could be
    /// computed from: electronic certified copies (the catalog does not mark certified-copy procedures yet),
    /// publication on time (publication decisions are not in the aggregates), documents handled online (office
    /// document management is outside MotCua).
    /// </summary>
    public static Fraction? Of(TargetIndicator indicator, MeasureTotals totals, Fraction? feedbackOnTime)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return indicator switch
        {
            TargetIndicator.FeedbackOnTime => feedbackOnTime,
            TargetIndicator.OnlinePayment => totals.OnlinePaymentShare,
            TargetIndicator.OnlineDossiers => totals.OnlineShare,
            TargetIndicator.Digitization => totals.DigitizationRate,
            TargetIndicator.ElectronicResults => totals.ElectronicResultRate,
            TargetIndicator.Reuse => totals.ReuseRate,
            TargetIndicator.PortalSynchronized => totals.SynchronizedRate,
            TargetIndicator.Satisfaction => totals.Satisfaction,
            TargetIndicator.OnTimeResolution => totals.OnTimeResolution,
            _ => null,
        };
    }

    /// <summary>Whether MotCua has data to compute <paramref name="indicator"/> from.</summary>
    public static bool HasSource(TargetIndicator indicator) => Of(indicator, MeasureTotals.Empty, new Fraction(0, 0)) is not null;

    /// <summary>A fraction as a percentage with two decimals; null when there is nothing to count.</summary>
    public static decimal? Percent(Fraction? fraction) =>
        fraction is null || fraction.NoData ? null : Math.Round(100m * fraction.Numerator / fraction.Denominator, 2);
}
