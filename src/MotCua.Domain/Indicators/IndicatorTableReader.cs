using System.Text.Json;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Indicators;

/// <summary>
/// Reads an <see cref="IndicatorTable"/> from JSON — the shipped <see cref="ShippedResource"/> or a version the
/// administrator edited — and refuses one whose points do not add up, whose ids repeat or whose formulas are unknown,
/// so that a mistyped weight is caught when it is saved, not when a leader reads a wrong total.
/// </summary>
public static class IndicatorTableReader
{
    /// <summary>Manifest name of the shipped table, from the default namespace and the folder of the file.</summary>
    public const string ShippedResource = "MotCua.Domain.Indicators.service-index-766.v1.json";

    // The shipped resources' conventions (camelCase, enums by name), and strict: an edited table missing a name or a
    // formula is refused, not read as null.
    private static readonly JsonSerializerOptions Options = new(OfficialSchedules.JsonOptions)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The table shipped with the product.</summary>
    /// <exception cref="InvalidDataException">The shipped table is malformed (a build that must not pass its tests).</exception>
    public static IndicatorTable Shipped()
    {
        using Stream stream = typeof(IndicatorTableReader).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} is missing from the assembly.");
        return Read(stream);
    }

    /// <summary>Reads and checks a table.</summary>
    /// <exception cref="InvalidDataException">Malformed JSON, or the problems <see cref="Problems"/> lists.</exception>
    public static IndicatorTable Read(Stream json)
    {
        IndicatorTable? table;
        try
        {
            table = JsonSerializer.Deserialize<IndicatorTable>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The indicator table is not valid JSON for the table's shape: {e.Message}", e);
        }

        if (table is null)
        {
            throw new InvalidDataException("The indicator table is empty.");
        }

        IReadOnlyList<string> problems = Problems(table);
        return problems.Count == 0 ? table : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Everything wrong with a table, in words an administrator can act on; empty when it may be used.</summary>
    public static IReadOnlyList<string> Problems(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(table.Version))
        {
            problems.Add("The table has no version.");
        }

        decimal groupsTotal = table.Groups.Sum(g => g.Maximum);
        if (groupsTotal != IndicatorTable.TotalPoints)
        {
            problems.Add($"The groups' maxima add up to {groupsTotal}, not {IndicatorTable.TotalPoints}.");
        }

        problems.AddRange(Repeated(table.Groups.Select(g => g.Id), "group"));
        problems.AddRange(Repeated(table.Indicators.Select(i => i.Id), "indicator"));
        foreach (IndicatorGroup group in table.Groups)
        {
            decimal sum = group.Indicators.Sum(i => i.Maximum);
            if (sum != group.Maximum)
            {
                problems.Add($"The indicators of group {group.Id} add up to {sum} points, not its maximum {group.Maximum}.");
            }

            foreach (IndicatorDefinition indicator in group.Indicators)
            {
                problems.AddRange(IndicatorProblems(indicator, table.Parameters));
            }
        }

        problems.AddRange(RatingProblems(table.Ratings));
        return problems;
    }

    private static IEnumerable<string> IndicatorProblems(IndicatorDefinition indicator, IReadOnlyDictionary<string, decimal> parameters)
    {
        if (indicator.Maximum < 0)
        {
            yield return $"Indicator {indicator.Id} has negative points.";
        }

        if (indicator.Threshold is { } threshold && threshold is <= 0 or > 100)
        {
            yield return $"Indicator {indicator.Id} has a threshold of {threshold} %, outside 0–100 %.";
        }

        // An average is not a share: points proportional to it would mean nothing (INDICATORS-766.md 2.2 is shown only).
        if (indicator.Measure != IndicatorMeasure.Percent && indicator.Maximum != 0)
        {
            yield return $"Indicator {indicator.Id} is an average, so it can only be informational (0 points).";
        }

        if (!IndicatorFormulas.All.TryGetValue(indicator.Formula, out IndicatorFormula? formula))
        {
            yield return $"Indicator {indicator.Id} names the unknown formula \"{indicator.Formula}\".";
            yield break;
        }

        foreach (string parameter in formula.Parameters.Where(p => !parameters.ContainsKey(p)))
        {
            yield return $"Indicator {indicator.Id} needs the parameter \"{parameter}\", which the table does not set.";
        }
    }

    private static IEnumerable<string> RatingProblems(IReadOnlyList<RatingBand> ratings)
    {
        if (ratings.Count == 0 || ratings[^1].Minimum != 0)
        {
            yield return "The last rating band must start at 0, so every total has a rating.";
        }

        for (int i = 1; i < ratings.Count; i++)
        {
            if (ratings[i].Minimum >= ratings[i - 1].Minimum)
            {
                yield return $"Rating band {ratings[i].Vi} must start below {ratings[i - 1].Vi}: bands run from the best down.";
            }
        }
    }

    private static IEnumerable<string> Repeated(IEnumerable<string> ids, string what) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"The {what} id {g.Key} appears {g.Count()} times.");
}
