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
    /// <exception cref="InvalidDataException">Malformed JSON, or the problems <see cref="Problems"/> lists (in English).</exception>
    public static IndicatorTable Read(Stream json)
    {
        using var reader = new StreamReader(json);
        return TryRead(reader.ReadToEnd(), out IReadOnlyList<TableProblem> problems)
            ?? throw new InvalidDataException(string.Join(Environment.NewLine, problems.Select(p => p.En)));
    }

    /// <summary>A table an administrator wrote, or null with everything wrong with it (<paramref name="problems"/>).</summary>
    public static IndicatorTable? TryRead(string json, out IReadOnlyList<TableProblem> problems)
    {
        IndicatorTable? table;
        try
        {
            table = JsonSerializer.Deserialize<IndicatorTable>(json, Options);
        }
        catch (JsonException e)
        {
            problems = [new($"Bảng chỉ số không đúng cấu trúc JSON của bảng: {e.Message}", $"The indicator table is not valid JSON for the table's shape: {e.Message}")];
            return null;
        }

        problems = table is null ? [new("Bảng chỉ số trống.", "The indicator table is empty.")] : Problems(table);
        return problems.Count == 0 ? table : null;
    }

    /// <summary>The table as JSON in the shipped resource's shape, as a version is stored.</summary>
    public static string Write(IndicatorTable table) => JsonSerializer.Serialize(table, Options);

    /// <summary>Everything wrong with a table, in words an administrator can act on; empty when it may be used.</summary>
    public static IReadOnlyList<TableProblem> Problems(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var problems = new List<TableProblem>();
        if (string.IsNullOrWhiteSpace(table.Version))
        {
            problems.Add(new("Bảng chỉ số chưa có phiên bản.", "The table has no version."));
        }

        decimal groupsTotal = table.Groups.Sum(g => g.Maximum);
        if (groupsTotal != IndicatorTable.TotalPoints)
        {
            problems.Add(new($"Tổng điểm tối đa của các nhóm là {groupsTotal}, không phải {IndicatorTable.TotalPoints}.", $"The groups' maxima add up to {groupsTotal}, not {IndicatorTable.TotalPoints}."));
        }

        problems.AddRange(Repeated(table.Groups.Select(g => g.Id), "nhóm", "group"));
        problems.AddRange(Repeated(table.Indicators.Select(i => i.Id), "chỉ tiêu", "indicator"));
        foreach (IndicatorGroup group in table.Groups)
        {
            decimal sum = group.Indicators.Sum(i => i.Maximum);
            if (sum != group.Maximum)
            {
                problems.Add(new($"Các chỉ tiêu của nhóm “{group.Vi}” cộng lại được {sum} điểm, không bằng điểm tối đa {group.Maximum} của nhóm.", $"The indicators of the group “{group.En}” add up to {sum} points, not its maximum {group.Maximum}."));
            }

            foreach (IndicatorDefinition indicator in group.Indicators)
            {
                problems.AddRange(IndicatorProblems(indicator, table.Parameters));
            }
        }

        problems.AddRange(RatingProblems(table.Ratings));
        return problems;
    }

    private static IEnumerable<TableProblem> IndicatorProblems(IndicatorDefinition indicator, IReadOnlyDictionary<string, decimal> parameters)
    {
        if (indicator.Maximum < 0)
        {
            yield return new($"Chỉ tiêu {indicator.Id} có điểm âm.", $"Indicator {indicator.Id} has negative points.");
        }

        if (indicator.Threshold is { } threshold && threshold is <= 0 or > 100)
        {
            yield return new($"Chỉ tiêu {indicator.Id} có ngưỡng {threshold} %, ngoài khoảng 0–100 %.", $"Indicator {indicator.Id} has a threshold of {threshold} %, outside 0–100 %.");
        }

        // An average is not a share: points proportional to it would mean nothing (INDICATORS-766.md 2.2 is shown only).
        if (indicator.Measure != IndicatorMeasure.Percent && indicator.Maximum != 0)
        {
            yield return new($"Chỉ tiêu {indicator.Id} là một giá trị trung bình nên chỉ để theo dõi (0 điểm).", $"Indicator {indicator.Id} is an average, so it can only be informational (0 points).");
        }

        if (!IndicatorFormulas.All.TryGetValue(indicator.Formula, out IndicatorFormula? formula))
        {
            yield return new($"Chỉ tiêu {indicator.Id} dùng công thức không có: \"{indicator.Formula}\".", $"Indicator {indicator.Id} names the unknown formula \"{indicator.Formula}\".");
            yield break;
        }

        foreach (string parameter in formula.Parameters.Where(p => !parameters.ContainsKey(p)))
        {
            yield return new($"Chỉ tiêu {indicator.Id} cần tham số \"{parameter}\" mà bảng chưa đặt.", $"Indicator {indicator.Id} needs the parameter \"{parameter}\", which the table does not set.");
        }
    }

    private static IEnumerable<TableProblem> RatingProblems(IReadOnlyList<RatingBand> ratings)
    {
        if (ratings.Count == 0 || ratings[^1].Minimum != 0)
        {
            yield return new("Mức xếp loại cuối cùng phải bắt đầu từ 0 để tổng điểm nào cũng có xếp loại.", "The last rating band must start at 0, so every total has a rating.");
        }

        for (int i = 1; i < ratings.Count; i++)
        {
            if (ratings[i].Minimum >= ratings[i - 1].Minimum)
            {
                yield return new($"Mức {ratings[i].Vi} phải bắt đầu thấp hơn mức {ratings[i - 1].Vi}: các mức xếp từ cao xuống thấp.", $"Rating band {ratings[i].Vi} must start below {ratings[i - 1].Vi}: bands run from the best down.");
            }
        }
    }

    private static IEnumerable<TableProblem> Repeated(IEnumerable<string> ids, string whatVi, string whatEn) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new TableProblem($"Mã {whatVi} {g.Key} xuất hiện {g.Count()} lần.", $"The {whatEn} id {g.Key} appears {g.Count()} times."));
}
