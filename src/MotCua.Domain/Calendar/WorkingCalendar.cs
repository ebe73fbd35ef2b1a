using System.Collections.Concurrent;

namespace MotCua.Domain.Calendar;

/// <summary>
/// Working days and working time of a unit: the published schedule where the government has issued one,
/// otherwise the Labour Code's holidays with compensatory days; and the due-date arithmetic built on them.
/// All business time is Vietnam time (a fixed +07:00; Vietnam has no daylight saving).
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>The offset in which working hours are read and results are returned.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private static readonly TimeSpan FullDay = TimeSpan.FromDays(1);

    private readonly Dictionary<int, YearSchedule> schedules;
    private readonly ConcurrentDictionary<int, YearDayTable> years = new();

    /// <param name="workingHours">The unit's working periods.</param>
    /// <param name="officialSchedules">Published schedules, at most one per year.</param>
    /// <exception cref="ArgumentException">Two schedules for one year, or an entry dated outside its year.</exception>
    public WorkingCalendar(WorkingHours workingHours, IEnumerable<YearSchedule> officialSchedules)
    {
        ArgumentNullException.ThrowIfNull(workingHours);
        ArgumentNullException.ThrowIfNull(officialSchedules);
        Hours = workingHours;
        schedules = [];
        foreach (YearSchedule schedule in officialSchedules)
        {
            if (!schedules.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"Two official schedules for {schedule.Year}.", nameof(officialSchedules));
            }

            Holiday? stray = schedule.DaysOff.Concat(schedule.WorkingSaturdays).FirstOrDefault(h => h.Date.Year != schedule.Year);
            if (stray is not null)
            {
                throw new ArgumentException($"The {schedule.Year} schedule lists {stray.Date:yyyy-MM-dd}.", nameof(officialSchedules));
            }
        }
    }

    /// <summary>Default working hours and the schedules shipped with the product.</summary>
    public static WorkingCalendar CreateDefault() => new(WorkingHours.Default, OfficialSchedules.Load());

    public WorkingHours Hours { get; }

    public bool HasOfficialSchedule(int year) => schedules.ContainsKey(year);

    /// <summary>What a day is: working or not, why, its holiday name and legal source, its lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900-01-01 … 2100-12-31.</exception>
    public CalendarDay Describe(DateOnly date)
    {
        YearDayTable table = TableFor(date, nameof(date));
        DayKind kind = table.KindOf(date);
        return new CalendarDay(
            date,
            YearDayTable.IsWorking(kind),
            kind,
            table.NameOf(date),
            table.SourceOf(date),
            VietnameseLunarCalendar.FromSolar(date),
            table.IsOfficial);
    }

    /// <summary>Whether the desk works on <paramref name="date"/>.</summary>
    public bool IsWorkingDay(DateOnly date) => TableFor(date, nameof(date)).IsWorkingDay(date);

    /// <summary>
    /// The instant at which <paramref name="workingTime"/> of working time counted from <paramref name="from"/> is
    /// used up. Counting starts at the next working instant; time used up exactly at the end of a period gives
    /// that end, not the start of the next period. The result is in +07:00.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative working time, or a date outside 1900–2100.</exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        DateTime local = from.ToOffset(VietnamOffset).DateTime;
        DateOnly date = DateOnly.FromDateTime(local);
        TimeSpan position = local.TimeOfDay;
        TimeSpan remaining = workingTime;

        while (true)
        {
            if (TableFor(date, nameof(from)).IsWorkingDay(date))
            {
                // Whole days are skipped in one step; only the day where the time runs out is walked period by period.
                bool startsAtMidnight = position == TimeSpan.Zero;
                if (startsAtMidnight && remaining > Hours.PerDay)
                {
                    remaining -= Hours.PerDay;
                }
                else
                {
                    foreach (WorkingPeriod period in Hours.Periods)
                    {
                        TimeSpan start = period.Start.ToTimeSpan();
                        TimeSpan end = period.End.ToTimeSpan();
                        if (position >= end)
                        {
                            continue;
                        }

                        TimeSpan begin = position > start ? position : start;
                        TimeSpan available = end - begin;
                        if (remaining <= available)
                        {
                            return At(date, begin + remaining);
                        }

                        remaining -= available;
                    }
                }
            }

            date = date.AddDays(1);
            position = TimeSpan.Zero;
        }
    }

    /// <summary><paramref name="days"/> working days of working time (days × <see cref="WorkingHours.PerDay"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative days, or a date outside 1900–2100.</exception>
    public DateTimeOffset AddWorkingDays(DateTimeOffset from, decimal days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        long ticks = (long)decimal.Round(days * Hours.PerDay.Ticks, MidpointRounding.AwayFromZero);
        return AddWorkingTime(from, TimeSpan.FromTicks(ticks));
    }

    /// <summary>
    /// Working time elapsed between two instants: what remains of a time limit when a paused dossier resumes is
    /// the limit minus this. Negative when <paramref name="to"/> is before <paramref name="from"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date outside 1900–2100.</exception>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -WorkingTimeBetween(to, from);
        }

        DateTime start = from.ToOffset(VietnamOffset).DateTime;
        DateTime end = to.ToOffset(VietnamOffset).DateTime;
        DateOnly firstDate = DateOnly.FromDateTime(start);
        DateOnly lastDate = DateOnly.FromDateTime(end);
        TableFor(firstDate, nameof(from));
        TableFor(lastDate, nameof(to));

        TimeSpan total = TimeSpan.Zero;
        for (DateOnly date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            if (!TableFor(date, nameof(to)).IsWorkingDay(date))
            {
                continue;
            }

            TimeSpan windowStart = date == firstDate ? start.TimeOfDay : TimeSpan.Zero;
            TimeSpan windowEnd = date == lastDate ? end.TimeOfDay : FullDay;
            if (windowStart == TimeSpan.Zero && windowEnd == FullDay)
            {
                total += Hours.PerDay;
                continue;
            }

            foreach (WorkingPeriod period in Hours.Periods)
            {
                TimeSpan overlapStart = Max(period.Start.ToTimeSpan(), windowStart);
                TimeSpan overlapEnd = Min(period.End.ToTimeSpan(), windowEnd);
                if (overlapEnd > overlapStart)
                {
                    total += overlapEnd - overlapStart;
                }
            }
        }

        return total;
    }

    /// <summary>
    /// Due instant for a procedure returned the same working day when received before <paramref name="cutoff"/>
    /// (e.g. certified copies before 15:00), otherwise the next working day: the end of that day's last period.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date outside 1900–2100.</exception>
    public DateTimeOffset SameDayCutoffDue(DateTimeOffset receivedAt, TimeOnly cutoff)
    {
        DateTime local = receivedAt.ToOffset(VietnamOffset).DateTime;
        DateOnly date = DateOnly.FromDateTime(local);
        TimeOnly time = TimeOnly.FromDateTime(local);

        // A cut-off set later than closing time must not give a due time earlier than the receipt itself.
        bool sameDay = TableFor(date, nameof(receivedAt)).IsWorkingDay(date) && time < cutoff && time < Hours.EndOfDay;
        if (!sameDay)
        {
            date = NextWorkingDay(date);
        }

        return At(date, Hours.EndOfDay.ToTimeSpan());
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The search runs past 2100-12-31.</exception>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        do
        {
            date = date.AddDays(1);
        }
        while (!TableFor(date, nameof(date)).IsWorkingDay(date));

        return date;
    }

    private static DateTimeOffset At(DateOnly date, TimeSpan timeOfDay) =>
        new(date.ToDateTime(TimeOnly.MinValue) + timeOfDay, VietnamOffset);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private YearDayTable TableFor(DateOnly date, string parameterName)
    {
        VietnameseLunarCalendar.EnsureSupportedYear(date.Year, parameterName, date);
        return years.GetOrAdd(date.Year, year => schedules.TryGetValue(year, out YearSchedule? schedule)
            ? YearDayTable.FromSchedule(schedule)
            : YearDayTable.FromStatute(year));
    }
}
