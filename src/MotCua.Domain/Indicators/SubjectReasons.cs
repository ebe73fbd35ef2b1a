using System.Text.Json;

namespace MotCua.Domain.Indicators;

/// <summary>The reason keys a formula gives its subjects: an enum's member name in camelCase, as the API writes enums.</summary>
public static class SubjectReasons
{
    public static string Key<T>(T reason)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());
}
