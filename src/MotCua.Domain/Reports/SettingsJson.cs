using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// Reads one version of a period rule set or a form the administrator uploaded, in the shipped resources' shape, and
/// lists everything wrong with it, so that nothing half-read is saved.
/// </summary>
public static class SettingsJson
{
    // The shipped resources' conventions (camelCase, enums by name), and strict: a missing name is refused, not read as null.
    public static readonly JsonSerializerOptions Options = new(OfficialSchedules.JsonOptions)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The value, or null with every problem found (<paramref name="problems"/>).</summary>
    public static T? TryRead<T>(string json, Func<T, IReadOnlyList<TableProblem>> check, out IReadOnlyList<TableProblem> problems)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(check);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException e)
        {
            problems = [new($"Nội dung không đúng cấu trúc JSON: {e.Message}", $"The content is not valid JSON of the expected shape: {e.Message}")];
            return null;
        }

        problems = value is null ? [new("Nội dung trống.", "The content is empty.")] : check(value);
        return problems.Count == 0 ? value : null;
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
