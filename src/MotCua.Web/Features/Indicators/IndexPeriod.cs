using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// A published period of the index: a month <c>2025-M03</c> or an ISO week <c>2025-W10</c> (Monday to Sunday), as the
/// national portal publishes them, with both days included.
/// </summary>
public sealed partial record IndexPeriod(string Key, DateOnly From, DateOnly To)
{
    public bool IsWeek => Key.Contains('W', StringComparison.Ordinal);

    /// <summary>
    /// A period the public pages publish: <paramref name="text"/> parsed, this month when absent, refused naming
    /// <c>period</c> when it has not begun by <paramref name="today"/>.
    /// </summary>
    public static Outcome<IndexPeriod> Published(string? text, DateOnly today)
    {
        var parsed = string.IsNullOrWhiteSpace(text) ? MonthOf(today) : Parse(text);
        return parsed.Failed || parsed.Value.From <= today ? parsed
            : Error.Validation("period", new("Kỳ chưa bắt đầu: chỉ công bố cho kỳ đã qua hoặc đang diễn ra.", "The period has not begun: only past or running periods are published."));
    }

    /// <summary>The month or week just before, to show each unit's change.</summary>
    public IndexPeriod Previous() => IsWeek ? WeekOf(From.AddDays(-7)) : MonthOf(From.AddMonths(-1));

    public static IndexPeriod MonthOf(DateOnly day)
    {
        var first = new DateOnly(day.Year, day.Month, 1);
        return new(string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-M{day.Month:00}"), first, first.AddMonths(1).AddDays(-1));
    }

    public static IndexPeriod WeekOf(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        int year = ISOWeek.GetYear(date);
        int week = ISOWeek.GetWeekOfYear(date);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new(string.Create(CultureInfo.InvariantCulture, $"{year:0000}-W{week:00}"), monday, monday.AddDays(6));
    }

    /// <summary><c>yyyy-Mmm</c> or <c>yyyy-Www</c>; anything else, or a week the year does not have, is refused naming <c>period</c>.</summary>
    public static Outcome<IndexPeriod> Parse(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (match.Success)
        {
            int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            int number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["kind"].Value == "M" && number is >= 1 and <= 12)
            {
                return MonthOf(new DateOnly(year, number, 1));
            }

            if (match.Groups["kind"].Value == "W" && number >= 1 && number <= ISOWeek.GetWeeksInYear(year))
            {
                return WeekOf(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday)));
            }
        }

        return Error.Validation("period", new("Kỳ phải có dạng yyyy-Mmm (tháng, ví dụ 2025-M03) hoặc yyyy-Www (tuần, ví dụ 2025-W10) và là một kỳ có thật.", "period must be yyyy-Mmm (a month, e.g. 2025-M03) or yyyy-Www (a week, e.g. 2025-W10) and exist."));
    }

    [GeneratedRegex(@"^(?<year>(19|20)\d\d)-(?<kind>[MW])(?<number>\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
