using MotCua.Domain.Indicators;

namespace MotCua.Domain.Aggregates;

/// <summary>The daily aggregates of some units and days summed per measure, and the shares the dashboards read from them.</summary>
public sealed class MeasureTotals(IReadOnlyDictionary<DailyMeasure, int> totals)
{
    public static MeasureTotals Empty { get; } = new(new Dictionary<DailyMeasure, int>());

    public int this[DailyMeasure measure] => totals.GetValueOrDefault(measure);

    public int Received => this[DailyMeasure.ReceivedCounter] + this[DailyMeasure.ReceivedOnline] + this[DailyMeasure.ReceivedPostal];

    /// <summary>Resolved or returned, early, on time or late: the dossiers that got a result.</summary>
    public int Resolved => this[DailyMeasure.EndedEarly] + this[DailyMeasure.EndedOnTime] + this[DailyMeasure.EndedLate];

    /// <summary>Processing ended: with a result, withdrawn or refused.</summary>
    public int Ended => Resolved + this[DailyMeasure.Withdrawn] + this[DailyMeasure.Refused];

    public int Rated => this[DailyMeasure.RatedVerySatisfied] + this[DailyMeasure.RatedSatisfied] + this[DailyMeasure.RatedUnsatisfied];

    public Fraction OnlineShare => new(this[DailyMeasure.ReceivedOnline], Received);

    public Fraction OnlinePaymentShare => new(this[DailyMeasure.PaidOnline], this[DailyMeasure.WithFees]);

    public Fraction DigitizationRate => new(this[DailyMeasure.Digitized], Received);

    public Fraction ReuseRate => new(this[DailyMeasure.Reused], Received);

    public Fraction ElectronicResultRate => new(this[DailyMeasure.ElectronicResult], Resolved);

    public Fraction SynchronizedRate => new(this[DailyMeasure.Synchronized], Received);

    /// <summary>Satisfied or very satisfied over rated (DOMAIN.md §6).</summary>
    public Fraction Satisfaction => new(this[DailyMeasure.RatedVerySatisfied] + this[DailyMeasure.RatedSatisfied], Rated);

    /// <summary>Early or on time over resolved: the dossiers that ended with a result.</summary>
    public Fraction OnTimeResolution => new(this[DailyMeasure.EndedEarly] + this[DailyMeasure.EndedOnTime], Resolved);

    public static MeasureTotals Sum(IEnumerable<(DailyMeasure Measure, int Count)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new(counts.GroupBy(c => c.Measure).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));
    }
}
