namespace MotCua.Domain.Calendar;

/// <summary>
/// Every lunar month from late 1898 to late 2101 for one time zone, computed once by the astronomical rule
/// and then searched: conversions in both directions become a binary search or a dictionary lookup.
/// </summary>
internal sealed class LunisolarTable
{
    // Month 11 of 1898 is needed so that 1 Jan 1900 (in lunar 1899) is covered; month 11 of 2101 closes 2100.
    private const int FirstWinter = 1898;
    private const int LastWinter = 2101;

    private readonly double utcOffsetDays;
    private readonly LunarMonth[] months;
    private readonly int[] firstDays;
    private readonly Dictionary<(int Year, int Month, bool IsLeap), int> index = [];

    public LunisolarTable(double utcOffsetHours)
    {
        utcOffsetDays = utcOffsetHours / 24.0;
        var list = new List<LunarMonth>(2600);

        int winterLunation = Month11Lunation(FirstWinter);
        for (int year = FirstWinter; year < LastWinter; year++)
        {
            int nextWinterLunation = Month11Lunation(year + 1);
            AddLunarYear(list, year, winterLunation, nextWinterLunation);
            winterLunation = nextWinterLunation;
        }

        months = [.. list];
        firstDays = [.. list.Select(m => m.FirstDay)];
        for (int i = 0; i < months.Length; i++)
        {
            index[(months[i].Year, months[i].Month, months[i].IsLeap)] = i;
        }
    }

    public LunarDate ToLunar(int dayNumber)
    {
        int i = Array.BinarySearch(firstDays, dayNumber);
        if (i < 0)
        {
            // Not a first day: the containing month is the one before the insertion point.
            i = ~i - 1;
        }

        LunarMonth month = months[i];
        return new LunarDate(dayNumber - month.FirstDay + 1, month.Month, month.Year, month.IsLeap);
    }

    /// <summary>Day number of a lunar date, or null when the month is not leap that year or too short.</summary>
    public int? ToDayNumber(LunarDate date)
    {
        if (!index.TryGetValue((date.Year, date.Month, date.IsLeapMonth), out int i))
        {
            return null;
        }

        LunarMonth month = months[i];
        return date.Day >= 1 && date.Day <= month.Length ? month.FirstDay + date.Day - 1 : null;
    }

    /// <summary>The leap month of a lunar year (1–12), or null when the year has none.</summary>
    public int? LeapMonthOf(int lunarYear)
    {
        foreach (LunarMonth month in months)
        {
            if (month.Year == lunarYear && month.IsLeap)
            {
                return month.Month;
            }
        }

        return null;
    }

    /// <summary>
    /// Names the months from month 11 of <paramref name="year"/> up to (excluding) month 11 of the next year.
    /// With 13 months in between, the first one that contains no major solar term (trung khí) is the leap
    /// month and repeats the number of the month before it.
    /// </summary>
    private void AddLunarYear(List<LunarMonth> list, int year, int firstLunation, int nextWinterLunation)
    {
        int count = nextWinterLunation - firstLunation;
        int leapPosition = -1;
        if (count == 13)
        {
            // Month 11 always holds the winter solstice, so the search starts with the month after it.
            for (int position = 1; position < 13; position++)
            {
                if (!ContainsMajorTerm(firstLunation + position))
                {
                    leapPosition = position;
                    break;
                }
            }
        }

        for (int position = 0; position < count; position++)
        {
            int ordinal = leapPosition >= 0 && position >= leapPosition ? position - 1 : position;
            int monthNumber = (10 + ordinal) % 12 + 1;
            int lunarYear = ordinal < 2 ? year : year + 1;
            int first = NewMoonDay(firstLunation + position);
            int length = NewMoonDay(firstLunation + position + 1) - first;
            list.Add(new LunarMonth(first, length, monthNumber, lunarYear, position == leapPosition));
        }
    }

    /// <summary>
    /// Lunation number of month 11 of <paramref name="year"/>: the month whose local days include the local
    /// day of the December solstice.
    /// </summary>
    private int Month11Lunation(int year)
    {
        double guess = new DateOnly(year, 12, 21).DayNumber + Astronomy.JulianDayOfDayNumberZero;
        int solsticeDay = LocalDay(Astronomy.SunReachesLongitude(270.0, guess));

        int k = Astronomy.NearestLunation(solsticeDay + Astronomy.JulianDayOfDayNumberZero);
        while (NewMoonDay(k) > solsticeDay)
        {
            k--;
        }

        while (NewMoonDay(k + 1) <= solsticeDay)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether a major term (a multiple of 30° of solar longitude) falls on one of the local days of the month
    /// that begins at new moon <paramref name="lunation"/>. Comparing the 30° sector of the sun at local
    /// midnight opening the month and opening the next month answers this per local day, as the rule requires.
    /// </summary>
    private bool ContainsMajorTerm(int lunation)
    {
        int sectorAtStart = SunSectorAtLocalMidnight(NewMoonDay(lunation));
        int sectorAtEnd = SunSectorAtLocalMidnight(NewMoonDay(lunation + 1));
        return sectorAtStart != sectorAtEnd;
    }

    private int SunSectorAtLocalMidnight(int dayNumber)
    {
        double midnightUt = dayNumber + Astronomy.JulianDayOfDayNumberZero - utcOffsetDays;
        return (int)(Astronomy.SunApparentLongitude(midnightUt) / 30.0);
    }

    /// <summary>Local day (as a day number) on which new moon <paramref name="lunation"/> happens.</summary>
    private int NewMoonDay(int lunation) => LocalDay(Astronomy.NewMoon(lunation));

    private int LocalDay(double julianDayUt) =>
        (int)Math.Floor(julianDayUt - Astronomy.JulianDayOfDayNumberZero + utcOffsetDays);
}
