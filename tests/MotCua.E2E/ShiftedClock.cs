using System.Diagnostics;

namespace MotCua.E2E;

/// <summary>
/// The browser tests' clock (issue 20): the same start on every run, then the real pace. The demo data, the periods and
/// the due times are then the same whenever the suite runs, while sign-ins, page refreshes and timeouts still see time pass.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long began = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(began);

    /// <summary>Today in Vietnam, at midnight.</summary>
    public DateTime Today => GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Date;
}
