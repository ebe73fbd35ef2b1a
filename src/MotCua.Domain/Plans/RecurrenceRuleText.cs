using System.Collections.Frozen;
using System.Globalization;

namespace MotCua.Domain.Plans;

/// <summary>
/// The parts of an RFC 5545 RRULE value (<c>NAME=VALUE;…</c>) checked before Ical.Net reads them: Ical.Net takes an
/// empty text for FREQ=YEARLY, merges repeated parts and ignores an UNTIL it cannot read, all of which would give a
/// deadline nobody wrote. A deadline is a date, so times of day and daily or finer frequencies are refused.
/// </summary>
internal sealed class RecurrenceRuleText
{
    private const string UntilFormat = "yyyyMMdd";

    private static readonly FrozenSet<string> DateParts =
        FrozenSet.Create(StringComparer.Ordinal, "FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS", "WKST");

    private static readonly FrozenSet<string> TimeParts = FrozenSet.Create(StringComparer.Ordinal, "BYHOUR", "BYMINUTE", "BYSECOND");

    private static readonly FrozenSet<string> DateFrequencies = FrozenSet.Create(StringComparer.Ordinal, "YEARLY", "MONTHLY", "WEEKLY");

    private static readonly FrozenSet<string> FinerFrequencies = FrozenSet.Create(StringComparer.Ordinal, "DAILY", "HOURLY", "MINUTELY", "SECONDLY");

    private readonly List<KeyValuePair<string, string>> parts;

    private RecurrenceRuleText(List<KeyValuePair<string, string>> parts) => this.parts = parts;

    /// <summary>Splits and checks <paramref name="rule"/>; names are read case-insensitively and kept upper-case.</summary>
    public static (RecurrenceRuleText? Text, DueProblem? Problem) Read(string rule)
    {
        List<KeyValuePair<string, string>> parts = [];
        foreach (string part in rule.Split(';', StringSplitOptions.TrimEntries))
        {
            string[] pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
            {
                return Invalid($"'{part}' in '{rule}' is not NAME=VALUE.");
            }

            string name = pair[0].ToUpperInvariant();
            string value = pair[1].ToUpperInvariant();
            if (TimeParts.Contains(name))
            {
                return (null, new DueProblem(DueProblemKind.UnsupportedRulePart, $"{name} sets a time of day; a deadline is a date."));
            }

            if (!DateParts.Contains(name))
            {
                return Invalid($"{name} is not a recurrence rule part this product reads.");
            }

            if (parts.Exists(p => p.Key == name))
            {
                return Invalid($"{name} is given twice.");
            }

            parts.Add(new(name, value));
        }

        string? frequency = parts.Find(p => p.Key == "FREQ").Value;
        if (frequency is null)
        {
            return Invalid($"'{rule}' has no FREQ.");
        }

        if (FinerFrequencies.Contains(frequency))
        {
            return (null, new DueProblem(DueProblemKind.UnsupportedRulePart, $"FREQ={frequency}: deadlines recur yearly, monthly or weekly."));
        }

        if (!DateFrequencies.Contains(frequency))
        {
            return Invalid($"FREQ={frequency} is not an RFC 5545 frequency.");
        }

        string? until = parts.Find(p => p.Key == "UNTIL").Value;
        if (until is not null && !DateOnly.TryParseExact(until, UntilFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            // RFC 5545 §3.3.10: UNTIL has DTSTART's value type, and a plan's series starts on a DATE.
            return Invalid($"UNTIL={until} is not a date written {UntilFormat}.");
        }

        return (new RecurrenceRuleText(parts), null);
    }

    /// <summary>The rule with its UNTIL date (the only part that names a year) moved to <paramref name="year"/>.</summary>
    public string WithUntilIn(int year) => string.Join(';', parts.Select(p => p.Key == "UNTIL"
        ? $"{p.Key}={PlanYearCopy.SameDayIn(DateOnly.ParseExact(p.Value, UntilFormat, CultureInfo.InvariantCulture), year).ToString(UntilFormat, CultureInfo.InvariantCulture)}"
        : $"{p.Key}={p.Value}"));

    public override string ToString() => string.Join(';', parts.Select(p => $"{p.Key}={p.Value}"));

    private static (RecurrenceRuleText?, DueProblem?) Invalid(string detail) => (null, new DueProblem(DueProblemKind.InvalidRule, detail));
}
