namespace MotCua.Domain.Calendar;

/// <summary>A date of the Vietnamese lunisolar calendar (âm lịch).</summary>
/// <param name="Day">Day of the lunar month, 1–30.</param>
/// <param name="Month">Lunar month number, 1–12; a leap month repeats the number of the month before it.</param>
/// <param name="Year">Lunar year, numbered like the Gregorian year in which its month 1 begins.</param>
/// <param name="IsLeapMonth">True for a day of the leap month (tháng nhuận).</param>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth)
{
    public override string ToString() =>
        IsLeapMonth ? $"{Day}/{Month} (nhuận)/{Year}" : $"{Day}/{Month}/{Year}";
}
