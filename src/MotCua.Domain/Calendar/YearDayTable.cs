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

    private void Set(Holiday entry)
    {
        int i = entry.Date.DayOfYear - 1;
        kinds[i] = entry.Kind;
        names[i] = entry.Name;
        sources[i] = entry.LegalSource;
    }
}
