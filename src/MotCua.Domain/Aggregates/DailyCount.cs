using System.Globalization;

namespace MotCua.Domain.Aggregates;

/// <summary>One unit of a daily aggregate: a measure on a day, by an officer for the per-officer measures ("" otherwise).</summary>
public readonly record struct DailyCount(DateOnly Day, DailyMeasure Measure, string Officer = "")
{
    private const char Separator = '|';

    /// <summary>A tally as one text, "2024-01-05|ReceivedOnline|;…", kept beside the dossier to undo it when it changes.</summary>
    public static string Format(IEnumerable<DailyCount> counts) =>
        string.Join(';', counts.Select(c => string.Join(Separator, c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Measure, c.Officer)));

    /// <summary>The tally written by <see cref="Format"/>.</summary>
    /// <exception cref="FormatException">A text not written by <see cref="Format"/>.</exception>
    public static IReadOnlyList<DailyCount> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            .. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(item =>
            {
                var parts = item.Split(Separator);
                return parts.Length == 3 && Enum.TryParse(parts[1], out DailyMeasure measure)
                    ? new DailyCount(DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), measure, parts[2])
                    : throw new FormatException($"Not a daily count: '{item}'.");
            }),
        ];
    }

    /// <summary>What moving a dossier's tally from <paramref name="before"/> to <paramref name="after"/> adds to each count (zeros left out).</summary>
    public static IReadOnlyDictionary<DailyCount, int> Change(IEnumerable<DailyCount> before, IEnumerable<DailyCount> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var change = new Dictionary<DailyCount, int>();
        foreach (var count in before)
        {
            change[count] = change.GetValueOrDefault(count) - 1;
        }

        foreach (var count in after)
        {
            change[count] = change.GetValueOrDefault(count) + 1;
        }

        return change.Where(c => c.Value != 0).ToDictionary();
    }
}
