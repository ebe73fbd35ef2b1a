namespace MotCua.Domain.Calendar;

/// <summary>
/// What every day of one year is, resolved once from the official schedule or the statute, so that due-date
/// arithmetic only indexes arrays.
/// </summary>
internal sealed class YearDayTable
{
    private readonly DayKind[] kinds;
    private readonly string?[] names;
    private readonly string?[] sources;

    private YearDayTable(int year, bool official)
    {
        Year = year;
        IsOfficial = official;
        int days = DateTime.IsLeapYear(year) ? 366 : 365;
        kinds = new DayKind[days];
        names = new string?[days];
        sources = new string?[days];
        for (int i = 0; i < days; i++)
        {
            DateOnly date = new DateOnly(year, 1, 1).AddDays(i);
            kinds[i] = StatutoryHolidays.IsWeekend(date) ? DayKind.Weekend : DayKind.WorkingDay;
        }
    }

    public int Year { get; }

    public bool IsOfficial { get; }

    public static YearDayTable FromSchedule(YearSchedule schedule)
    {
        var table = new YearDayTable(schedule.Year, official: true);

        // The published schedule lists weekdays only; naming the holidays whose date the law fixes when they fall on
        // its weekends (e.g. Hùng Kings' day on Sunday 26 Apr 2026) keeps the calendar page truthful. Tết and the
        // second National Day are left out: which days they are is the schedule's choice, not the statute's.
        foreach (Holiday holiday in StatutoryHolidays.For(schedule.Year))
        {
            if (holiday.Kind == DayKind.Holiday
                && holiday.LegalSource == LegalSources.Holidays
                && StatutoryHolidays.IsWeekend(holiday.Date))
            {
                table.Set(holiday);
            }
        }

        foreach (Holiday dayOff in schedule.DaysOff)
        {
            table.Set(dayOff.Kind is DayKind.WorkingDay or DayKind.WorkingSaturday or DayKind.Weekend
                ? dayOff with { Kind = DayKind.Holiday }
                : dayOff);
        }

        foreach (Holiday saturday in schedule.WorkingSaturdays)
        {
            table.Set(saturday with { Kind = DayKind.WorkingSaturday });
        }

        table.NameWeekendsInsideBreaks();
        return table;
    }

    public static YearDayTable FromStatute(int year)
    {
        var table = new YearDayTable(year, official: false);
        foreach (Holiday holiday in StatutoryHolidays.For(year))
        {
            table.Set(holiday);
        }

        return table;
    }

    public DayKind KindOf(DateOnly date) => kinds[date.DayOfYear - 1];

    public bool IsWorkingDay(DateOnly date) => IsWorking(kinds[date.DayOfYear - 1]);

    public string? NameOf(DateOnly date) => names[date.DayOfYear - 1];

    public string? SourceOf(DateOnly date) => sources[date.DayOfYear - 1];

    public static bool IsWorking(DayKind kind) => kind is DayKind.WorkingDay or DayKind.WorkingSaturday;

    /// <summary>
    /// The schedule lists weekdays only, but a weekend inside a break (Sat 10 – Sun 11 Feb 2024, between
    /// the Tết days off of Thu 8 – Wed 14 Feb) is part of that break: people call it Tết, and so does the calendar.
    /// </summary>
    private void NameWeekendsInsideBreaks()
    {
        for (int i = 1; i < kinds.Length; i++)
        {
            if (kinds[i] != DayKind.Weekend || names[i] is not null || names[i - 1] is null || IsWorking(kinds[i - 1]))
            {
                continue;
            }

            int end = i;
            while (end < kinds.Length && kinds[end] == DayKind.Weekend && names[end] is null)
            {
                end++;
            }

            if (end < kinds.Length && names[end] == names[i - 1] && !IsWorking(kinds[end]))
            {
                for (int j = i; j < end; j++)
                {
                    kinds[j] = DayKind.Holiday;
                    names[j] = names[i - 1];
                    sources[j] = sources[i - 1];
                }
            }

            i = end;
        }
    }

    private void Set(Holiday entry)
    {
        int i = entry.Date.DayOfYear - 1;
        kinds[i] = entry.Kind;
        names[i] = entry.Name;
        sources[i] = entry.LegalSource;
    }
}
