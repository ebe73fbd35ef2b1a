using MotCua.Domain.Calendar;

namespace MotCua.Domain.Indicators;

/// <summary>
/// The period an index is computed for, half-open: [<see cref="From"/>, <see cref="To"/>). Half-open so that
/// consecutive periods share no instant and a dossier is never counted in two of them; "at the end of the period"
/// means at <see cref="To"/>.
/// </summary>
public sealed record ReportingPeriod
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public ReportingPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        From = from;
        To = to;
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>Whole Vietnam days <paramref name="first"/>…<paramref name="last"/>, as the API's <c>from</c>–<c>to</c> dates mean.</summary>
    public static ReportingPeriod Days(DateOnly first, DateOnly last) =>
        new(StartOf(first), StartOf(last.AddDays(1)));

    public bool Contains(DateTimeOffset instant) => instant >= From && instant < To;

    /// <summary>A calendar date (a decision's date) belongs to the period when its first instant in Vietnam does.</summary>
    public bool Contains(DateOnly date) => Contains(StartOf(date));

    /// <summary>The period is over before <paramref name="date"/> begins.</summary>
    public bool EndsBefore(DateOnly date) => StartOf(date) >= To;

    private static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), WorkingCalendar.VietnamOffset);
}
