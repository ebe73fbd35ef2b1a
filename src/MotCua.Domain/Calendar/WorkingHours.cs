namespace MotCua.Domain.Calendar;

/// <summary>The working periods of a working day; each unit may set its own.</summary>
public sealed class WorkingHours
{
    /// <summary>07:30–11:30 and 13:00–17:00, eight hours: the usual hours of a one-stop desk.</summary>
    public static WorkingHours Default { get; } = new(
        (new TimeOnly(7, 30), new TimeOnly(11, 30)),
        (new TimeOnly(13, 0), new TimeOnly(17, 0)));

    /// <summary>Builds working hours from ordered, non-overlapping periods.</summary>
    /// <exception cref="ArgumentException">No period, an empty or reversed period, or periods out of order or overlapping.</exception>
    public WorkingHours(IEnumerable<WorkingPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        WorkingPeriod[] list = [.. periods];
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one working period is needed.", nameof(periods));
        }

        for (int i = 0; i < list.Length; i++)
        {
            if (list[i].End <= list[i].Start)
            {
                throw new ArgumentException($"The period {list[i]} ends before it starts.", nameof(periods));
            }

            if (i > 0 && list[i].Start < list[i - 1].End)
            {
                throw new ArgumentException($"The period {list[i]} overlaps or precedes {list[i - 1]}.", nameof(periods));
            }
        }

        Periods = list;
        PerDay = TimeSpan.FromTicks(list.Sum(p => p.Duration.Ticks));
    }

    /// <summary>Builds working hours from ordered, non-overlapping (start, end) pairs.</summary>
    /// <exception cref="ArgumentException">See <see cref="WorkingHours(IEnumerable{WorkingPeriod})"/>.</exception>
    public WorkingHours(params (TimeOnly Start, TimeOnly End)[] periods)
        : this((periods ?? throw new ArgumentNullException(nameof(periods))).Select(p => new WorkingPeriod(p.Start, p.End)))
    {
    }

    public IReadOnlyList<WorkingPeriod> Periods { get; }

    /// <summary>Working time in one working day: the length of a "working day" in time limits.</summary>
    public TimeSpan PerDay { get; }

    /// <summary>End of the last period: when a same-day result is handed over.</summary>
    public TimeOnly EndOfDay => Periods[^1].End;
}
