using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Catalog;

/// <summary>
/// The words the catalog's edit form, its API and every import format use for a procedure's fixed values, in English
/// or Vietnamese (with or without diacritics), read into the catalog's types; null for anything else, which the
/// callers refuse with their own message.
/// </summary>
public static partial class ProcedureWords
{
    /// <summary>Whether <paramref name="code"/> is a national procedure code: 1.001193, or in full 1.001193.000.00.00.H10.</summary>
    public static bool IsWellFormedCode(string? code) => code is not null && CodePattern().IsMatch(code.Trim());

    public static ProcedureLevel? Level(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "province" or "tỉnh" or "tinh" => ProcedureLevel.Province,
        "district" or "huyện" or "huyen" => ProcedureLevel.District,
        "commune" or "xã" or "xa" => ProcedureLevel.Commune,
        _ => null,
    };

    /// <summary>The role that carries out a step of the process: only these three act on a dossier.</summary>
    public static Role? StepRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "receptionist" => Role.Receptionist,
        "specialist" => Role.Specialist,
        "leader" => Role.Leader,
        _ => null,
    };

    /// <summary>A real day written yyyy-MM-dd from 1945 (the first legal acts of the Republic) to 2100.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1945 and <= 2100
            ? date
            : null;

    /// <summary>One or more of counter, postal and online; none, or any other word, is refused.</summary>
    public static Channels? Channels(IReadOnlyList<string>? channels)
    {
        if (channels is null || channels.Count == 0)
        {
            return null;
        }

        var result = Catalog.Channels.None;
        foreach (var channel in channels)
        {
            if (Channel(channel) is not { } one)
            {
                return null;
            }

            result |= one;
        }

        return result;
    }

    /// <summary>One or both subjects, in English or Vietnamese; anything else (or none) is refused.</summary>
    public static ProcedureSubjects? Subjects(IReadOnlyList<string> subjects)
    {
        var result = ProcedureSubjects.None;
        foreach (var subject in subjects)
        {
            result |= subject.Trim().ToLowerInvariant() switch
            {
                "citizens" or "công dân" or "cong dan" => ProcedureSubjects.Citizens,
                "organizations" or "tổ chức" or "to chuc" => ProcedureSubjects.Organizations,
                _ => (ProcedureSubjects)(-1),
            };
        }

        return result is ProcedureSubjects.None or < 0 or > (ProcedureSubjects.Citizens | ProcedureSubjects.Organizations) ? null : result;
    }

    /// <summary>The level of online service; left out, it is none.</summary>
    public static OnlineLevel? Online(string? online) => (online?.Trim().ToLowerInvariant() ?? "none") switch
    {
        "none" or "" => OnlineLevel.None,
        "partial" => OnlineLevel.Partial,
        "full" => OnlineLevel.Full,
        _ => null,
    };

    private static Channels? Channel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        "counter" => Catalog.Channels.Counter,
        "postal" => Catalog.Channels.Postal,
        "online" => Catalog.Channels.Online,
        _ => null,
    };

    [GeneratedRegex(@"^[0-9]\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2})?$")]
    private static partial Regex CodePattern();
}
