namespace MotCua.Domain.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019 (Bộ luật Lao động 2019, Điều 112) for a year without a published
/// government schedule, with the compensatory day off (nghỉ bù) for a holiday falling on Saturday or Sunday.
/// </summary>
/// <remarks>
/// Two holidays are fixed only by the Prime Minister each year, so for an unpublished year a fallback is applied:
/// Tết is the last day of the old lunar year plus lunar 1–4 January (the split most often chosen), and the second
/// National Day is whichever of 1 or 3 September gives the longer unbroken rest around 2 September — on a tie the
/// one falling on a weekday (it needs no compensatory day), then 1 September.
/// </remarks>
public static class StatutoryHolidays
{
    public const string NewYearsDay = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKingsDay = "Giỗ Tổ Hùng Vương";
    public const string ReunificationDay = "Ngày Chiến thắng";
    public const string LabourDay = "Ngày Quốc tế Lao động";
    public const string NationalDay = "Quốc khánh";
    public const string CompensatoryPrefix = "Nghỉ bù ";

    /// <summary>The holidays and compensatory days of <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1900–2100.</exception>
    public static IReadOnlyList<Holiday> For(int year)
    {
        VietnameseLunarCalendar.EnsureSupportedYear(year, nameof(year), year);
        var fixedPart = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), NewYearsDay, LegalSources.Holidays),
        };

        DateOnly tet = VietnameseLunarCalendar.NewYear(year);
        fixedPart.Add(new Holiday(tet.AddDays(-1), LunarNewYear, LegalSources.PrimeMinisterDecides));
        for (int day = 0; day < 4; day++)
        {
            fixedPart.Add(new Holiday(tet.AddDays(day), LunarNewYear, LegalSources.PrimeMinisterDecides));
        }

        fixedPart.Add(new Holiday(
            VietnameseLunarCalendar.ToSolar(new LunarDate(10, 3, year, false)), HungKingsDay, LegalSources.Holidays));
        fixedPart.Add(new Holiday(new DateOnly(year, 4, 30), ReunificationDay, LegalSources.Holidays));
        fixedPart.Add(new Holiday(new DateOnly(year, 5, 1), LabourDay, LegalSources.Holidays));
        fixedPart.Add(new Holiday(new DateOnly(year, 9, 2), NationalDay, LegalSources.Holidays));

        List<Holiday> withFirst = WithCompensation([.. fixedPart, NationalDaySecond(new DateOnly(year, 9, 1))]);
        List<Holiday> withThird = WithCompensation([.. fixedPart, NationalDaySecond(new DateOnly(year, 9, 3))]);
        return ChooseNationalDayOption(year, withFirst, withThird).AsReadOnly();
    }

    private static Holiday NationalDaySecond(DateOnly date) =>
        new(date, NationalDay, LegalSources.PrimeMinisterDecides);

    private static List<Holiday> ChooseNationalDayOption(int year, List<Holiday> withFirst, List<Holiday> withThird)
    {
        int firstRun = RestAround(new DateOnly(year, 9, 2), withFirst);
        int thirdRun = RestAround(new DateOnly(year, 9, 2), withThird);
        if (firstRun != thirdRun)
        {
            return firstRun > thirdRun ? withFirst : withThird;
        }

        return IsWeekend(new DateOnly(year, 9, 1)) && !IsWeekend(new DateOnly(year, 9, 3)) ? withThird : withFirst;
    }

    /// <summary>Length of the unbroken run of days off (weekends included) that contains <paramref name="day"/>.</summary>
    private static int RestAround(DateOnly day, List<Holiday> daysOff)
    {
        var off = daysOff.Select(h => h.Date).ToHashSet();
        bool IsOff(DateOnly d) => IsWeekend(d) || off.Contains(d);

        int length = 1;
        for (DateOnly d = day.AddDays(-1); IsOff(d); d = d.AddDays(-1))
        {
            length++;
        }

        for (DateOnly d = day.AddDays(1); IsOff(d); d = d.AddDays(1))
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// Adds a compensatory day for each holiday on Saturday or Sunday: the next weekday that is not itself a
    /// holiday or already a compensatory day, so that a Tết spanning a weekend pushes its two days past its end.
    /// </summary>
    private static List<Holiday> WithCompensation(List<Holiday> holidays)
    {
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var result = new List<Holiday>(holidays);
        foreach (Holiday holiday in holidays)
        {
            if (!IsWeekend(holiday.Date))
            {
                continue;
            }

            DateOnly day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
            result.Add(new Holiday(day, CompensatoryPrefix + holiday.Name, LegalSources.CompensatoryDay, DayKind.CompensatoryDayOff));
        }

        result.Sort((a, b) => a.Date.CompareTo(b.Date));
        return result;
    }

    internal static bool IsWeekend(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
