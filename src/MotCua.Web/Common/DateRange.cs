namespace MotCua.Web.Common;

/// <summary>
/// The days the application reasons about, and periods of them (Vietnam days, both ends included). Bounded by the years
/// the working calendar covers, which also keeps every instant made from a day representable: the first instant of
/// 0001-01-01 at +07:00, or the day after 9999-12-31, does not exist, and computing it was a 500.
/// </summary>
public static class DateRange
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    public static Text OutOfRange { get; } = new($"Ngày phải thuộc các năm từ {FirstYear} đến {LastYear}.", $"The date must fall in the years {FirstYear} to {LastYear}.");

    /// <summary>Adds to <paramref name="fields"/> what is wrong with the period: a day out of range, or the last before the first.</summary>
    public static void Check(DateOnly from, DateOnly to, Dictionary<string, Text[]> fields)
    {
        if (!Covers(from.Year))
        {
            fields["from"] = [OutOfRange];
        }

        if (!Covers(to.Year))
        {
            fields["to"] = [OutOfRange];
        }
        else if (from > to)
        {
            fields["to"] = [new("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.", "to must not be before from.")];
        }
    }
}
