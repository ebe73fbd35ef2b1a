using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Which procedures send a courtesy letter with their result, read from the embedded
/// <c>MotCua.Domain.Dossiers.courtesy-letters.json</c>. A procedure is matched on its national code, the first two parts
/// of the catalog code ("1.000894" in "1.000894.000.00.00.H10"): the rest is the province's, so the list serves any
/// province, and a renamed procedure keeps its letter. Re-registrations (đăng ký lại khai sinh, khai tử) are left out:
/// they record an old event, not a new family member or a recent loss.
/// </summary>
public static class CourtesyLetters
{
    private const string ResourceName = "MotCua.Domain.Dossiers.courtesy-letters.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly FrozenDictionary<string, CourtesyLetter> ByNationalCode = Load();

    /// <summary>The letter sent with the result of the procedure <paramref name="procedureCode"/>, or null for none.</summary>
    public static CourtesyLetter? For(string procedureCode) =>
        ByNationalCode.TryGetValue(NationalCode(procedureCode), out var letter) ? letter : null;

    private static string NationalCode(string procedureCode)
    {
        var parts = procedureCode.Split('.');
        return parts.Length >= 2 ? $"{parts[0]}.{parts[1]}" : procedureCode;
    }

    private static FrozenDictionary<string, CourtesyLetter> Load()
    {
        using Stream stream = typeof(CourtesyLetters).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        var entries = JsonSerializer.Deserialize<List<Entry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");
        return entries.SelectMany(e => e.Procedures.Select(p => (p.NationalCode, e.Letter))).ToFrozenDictionary(p => p.NationalCode, p => p.Letter);
    }

    private sealed record Entry(CourtesyLetter Letter, string Source, IReadOnlyList<ListedProcedure> Procedures);

    /// <summary>The name is for the reader of the file only: matching is on the code.</summary>
    private sealed record ListedProcedure(string NationalCode, string Name);
}
