using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MotCua.Domain.Plans;

/// <summary>
/// Reads the "Thời gian thực hiện" (time of performance) cells of the seeds' plan tables (seed 000 Phụ lục III–IV,
/// seed 004 Phụ lục I–II, seed 001) into a <see cref="TaskDue"/>, so the plan importer can store them. Decisions:
/// <list type="bullet">
/// <item>"Thường xuyên" (regularly, an ongoing duty) is due at the end of every month: a duty that is only due on
/// 31 December is never overdue until then, and seed 000 III.2, a "Thường xuyên" task, reports monthly.</item>
/// <item>"Trước ngày N …" (before day N) is due on day N, as API.md writes the quarterly report
/// (<c>BYMONTHDAY=17</c>) and as seed 001 words the same report: "chậm nhất là ngày 17 của tháng cuối quý".</item>
/// <item>"Hằng quý" and "Hằng tháng" with no day are due on the quarter's or month's last day; "Trong năm",
/// "Hằng năm" and "Hoàn thành trong năm" on 31 December.</item>
/// <item>A span of months ("Tháng 3 đến tháng 8 năm 2024") is due at the end of its last month; a quarter
/// ("Quý III/2024") at the end of its last month.</item>
/// <item>Cells that wait on an event ("Sau khi…", "Khi có yêu cầu", "Theo KH của…") give no date:
/// <see cref="DueProblemKind.EventTriggered"/>, for the officer to date when the event happens.</item>
/// </list>
/// "Hàng" and "hằng" are both written for "every" and read alike; a parenthesis is a remark and is ignored.
/// </summary>
public static partial class DeadlinePhrasing
{
    private const string MonthEnds = "FREQ=MONTHLY;BYMONTHDAY=-1";
    private const string QuarterEnds = "FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1";
    private const string Before = @"(?:thực hiện |hoàn thành )?(?:trước|chậm nhất là|đến)(?: ngày)? ";

    /// <param name="text">The cell as written, line breaks and all.</param>
    /// <param name="planYear">The year of a phrasing that names none ("Trong năm", "Thường xuyên").</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DeadlineReading Read(string text, int planYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        string cell = Normalize(text);
        Match match;
        if (cell.Length == 0)
        {
            return Unknown(text);
        }

        if (EventTriggered().IsMatch(cell))
        {
            return DeadlineReading.Failed(DueProblemKind.EventTriggered, $"'{Shown(text)}' waits on an event: enter its date when known.");
        }

        if ((match = DayOfQuarterEnd().Match(cell)).Success)
        {
            return Recurring($"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY={Number(match, 1)}");
        }

        if ((match = DayOfEveryMonth().Match(cell)).Success)
        {
            return Recurring($"FREQ=MONTHLY;BYMONTHDAY={Number(match, 1)}");
        }

        if ((match = Date().Match(cell)).Success)
        {
            return DateOnly.TryParseExact($"{Number(match, 1)}/{Number(match, 2)}/{Number(match, 3)}", "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
                ? DeadlineReading.Of(new TaskDue.OnDate(date))
                : Unknown(text);
        }

        if ((match = Month().Match(cell)).Success)
        {
            int month = Number(match, 1);
            return month is >= 1 and <= 12 ? DeadlineReading.Of(new TaskDue.InMonth(Number(match, 2), month)) : Unknown(text);
        }

        if ((match = Quarter().Match(cell)).Success)
        {
            int quarter = Array.IndexOf(["i", "ii", "iii", "iv"], match.Groups[1].Value) + 1;
            return DeadlineReading.Of(new TaskDue.InMonth(Number(match, 2), quarter * 3));
        }

        if (EveryQuarter().IsMatch(cell))
        {
            return Recurring(QuarterEnds);
        }

        if (EveryMonth().IsMatch(cell))
        {
            return Recurring(MonthEnds);
        }

        if ((match = Regularly().Match(cell)).Success)
        {
            return YearOf(match, planYear) == planYear
                ? Recurring(MonthEnds)
                : DeadlineReading.Failed(DueProblemKind.OutsidePlanYear, $"'{Shown(text)}' is not in the plan's year {planYear}.");
        }

        if ((match = WithinYear().Match(cell)).Success)
        {
            return DeadlineReading.Of(new TaskDue.OnDate(new DateOnly(YearOf(match, planYear), 12, 31)));
        }

        return Unknown(text);
    }

    private static string Normalize(string text)
    {
        string cell = Remark().Replace(text.Normalize(NormalizationForm.FormC).ToLowerInvariant(), " ");
        cell = Spaces().Replace(cell, " ").Trim().TrimEnd('.').Trim();
        return cell.Replace("hàng", "hằng", StringComparison.Ordinal);
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static int YearOf(Match match, int planYear) => match.Groups[1].Success ? Number(match, 1) : planYear;

    private static string Shown(string text) => Spaces().Replace(text, " ").Trim();

    private static DeadlineReading Recurring(string rule) => DeadlineReading.Of(new TaskDue.Recurring(rule));

    private static DeadlineReading Unknown(string text) =>
        DeadlineReading.Failed(DueProblemKind.UnknownPhrasing, $"'{Shown(text)}' names no date, month or recurrence that can be read.");

    [GeneratedRegex(@"\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Remark();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:sau khi|sau đợt|khi |theo kh |theo kế hoạch )", RegexOptions.CultureInvariant)]
    private static partial Regex EventTriggered();

    [GeneratedRegex(@"(?:trước|chậm nhất là)(?: ngày)? (\d{1,2}) (?:của )?tháng cuối (?:mỗi |các )?quý$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfQuarterEnd();

    [GeneratedRegex(@"(?:trước|chậm nhất là)(?: ngày)? (\d{1,2}) hằng tháng$", RegexOptions.CultureInvariant)]
    private static partial Regex DayOfEveryMonth();

    [GeneratedRegex($@"^(?:{Before})?(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    // "01/2024", "Tháng 6/2024", "Tháng 2 năm 2024", "Tháng 3 đến tháng 8 năm 2024" (a span ends with its last month).
    [GeneratedRegex(@"^(?:(?:từ )?tháng \d{1,2} (?:đến|-) )?(?:tháng )?(\d{1,2})(?:/| năm )(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Month();

    [GeneratedRegex(@"^quý (iv|iii|ii|i)(?:/| năm )(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?:định kỳ )?hằng quý$", RegexOptions.CultureInvariant)]
    private static partial Regex EveryQuarter();

    [GeneratedRegex(@"^(?:định kỳ )?hằng tháng$", RegexOptions.CultureInvariant)]
    private static partial Regex EveryMonth();

    [GeneratedRegex(@"^thường xuyên(?: trong năm(?: (\d{4}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Regularly();

    [GeneratedRegex(@"^(?:(?:hoàn thành )?trong năm(?: (\d{4}))?|(?:theo )?(?:định kỳ )?hằng năm)$", RegexOptions.CultureInvariant)]
    private static partial Regex WithinYear();
}
