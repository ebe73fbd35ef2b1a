using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Domain.Calendar;

/// <summary>
/// The published civil-service schedules shipped with the product (embedded resource
/// <c>MotCua.Domain.Calendar.official-schedules.json</c>). They seed the database, where administrators edit them
/// and add later years; the web layer then builds <see cref="YearSchedule"/> objects from its own data.
/// </summary>
public static class OfficialSchedules
{
    /// <summary>Manifest name of the embedded JSON, from the default namespace and the folder of the file.</summary>
    public const string ResourceName = "MotCua.Domain.Calendar.official-schedules.json";

    /// <summary>camelCase names and enum names such as "compensatoryDayOff", as in the shipped file.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>The shipped schedules (2024, 2025, 2026), freshly read each call so callers may keep their copy.</summary>
    public static IReadOnlyList<YearSchedule> Load()
    {
        using Stream stream = typeof(OfficialSchedules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        return JsonSerializer.Deserialize<List<YearSchedule>>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
    }
}
