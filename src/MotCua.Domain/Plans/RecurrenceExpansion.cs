using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace MotCua.Domain.Plans;

/// <summary>
/// The dates an RFC 5545 rule yields within one year, evaluated by Ical.Net on floating dates (no time zone, no
/// clock) from a series starting on 1 January of that year: COUNT and INTERVAL count from January, and a rule without
/// BYMONTHDAY or BYDAY falls on January's day and weekday, as RFC 5545 takes them from DTSTART.
/// </summary>
internal static class RecurrenceExpansion
{
    // Ical.Net stops a rule that matches nothing only at the end of time; with this many steps in a row without an
    // instance it stops at once. A step is at least a week and a year holds 53 weeks, so a rule still silent after
    // 60 steps has nothing more to give within the year.
    private const int SilentStepsLimit = 60;

    /// <summary>The rule's dates in <paramref name="year"/>, not yet moved to working days.</summary>
    public static (IReadOnlyList<DateOnly> Dates, DueProblem? Problem) Dates(string rule, int year)
    {
        (RecurrenceRuleText? text, DueProblem? problem) = RecurrenceRuleText.Read(rule);
        if (text is null)
        {
            return ([], problem);
        }

        RecurrenceRule parsed;
        try
        {
            parsed = new RecurrenceRule(text.ToString());
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return ([], new DueProblem(DueProblemKind.InvalidRule, $"'{rule}': {e.Message}"));
        }

        var start = new CalDateTime(year, 1, 1);
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = SilentStepsLimit };
        List<DateOnly> dates = [];
        using IEnumerator<Period> occurrences = new RecurrencePatternEvaluator(parsed).Evaluate(start, start, options).GetEnumerator();
        while (NextOrStop(occurrences) && occurrences.Current.StartTime.Year == year)
        {
            dates.Add(occurrences.Current.StartTime.Date);
        }

        return (dates, null);
    }

    private static bool NextOrStop(IEnumerator<Period> occurrences)
    {
        try
        {
            return occurrences.MoveNext();
        }
        catch (EvaluationLimitExceededException)
        {
            return false;
        }
    }
}
