using System.Text.Json;
using System.Text.Json.Serialization;

namespace MotCua.Web.Common;

/// <summary>
/// Reads JSON strings as usual but refuses one with a NUL character (<c>"\u0000"</c>), which no text of the application
/// holds and PostgreSQL refuses to store or compare: a body carrying one is a 400, as any unreadable body is.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value?.Contains('\0', StringComparison.Ordinal) == true ? throw new JsonException(NulRefusal.Message.En) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
