using System.Text.Json;
using System.Text.Json.Nodes;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// A JSON value that follows a schema: every scalar goes through <see cref="Leaf"/>, which gives the usual value
/// back or a mutated one, so that one walk of the schema serves every mutation. A text property named in
/// <paramref name="known"/> (unitCode…) usually names a record that exists, so that the other values get checked.
/// </summary>
public sealed class SchemaSamples(OpenApiOperations api, IReadOnlyDictionary<string, string> known)
{
    /// <summary>Bounded: schemas of the API refer to themselves (a unit's children) or nest deeply.</summary>
    private const int MaxDepth = 4;

    /// <param name="kind">integer, number, boolean or string.</param>
    /// <param name="format">date, date-time, uuid, int32… or null.</param>
    /// <param name="usual">What a well-behaved client would send.</param>
    public delegate JsonNode? Leaf(string kind, string? format, JsonNode usual);

    public static JsonNode Usual(string kind, string? format) => kind switch
    {
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(true),
        _ => JsonValue.Create(format switch
        {
            "date" => "2025-03-03",
            "date-time" => "2025-03-03T09:00:00+07:00",
            "uuid" => "0195a000-0000-7000-8000-000000000014",
            _ => "fuzz",
        }),
    };

    public JsonNode? Sample(JsonElement schema, Leaf leaf, int depth = 0, string? name = null)
    {
        var resolved = api.Resolve(schema);
        var kind = api.Kind(resolved);
        if (kind == "array")
        {
            return depth < MaxDepth && resolved.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, leaf, depth + 1)) : new JsonArray();
        }

        if (kind == "object")
        {
            var value = new JsonObject();
            foreach (var property in depth < MaxDepth ? api.Properties(resolved) : [])
            {
                value[property.Name] = Sample(property.Schema, leaf, depth + 1, property.Name);
            }

            return value;
        }

        var format = FormatOf(resolved);
        var usual = resolved.TryGetProperty("enum", out var options) && options.EnumerateArray().FirstOrDefault(o => o.ValueKind == JsonValueKind.String) is { ValueKind: JsonValueKind.String } first
            ? JsonValue.Create(first.GetString())!
            : kind == "string" && name is not null && known.TryGetValue(name, out var record) ? JsonValue.Create(record) : Usual(kind, format);
        return leaf(kind, format, usual);
    }

    /// <summary>The usual value of a path or query parameter, as text.</summary>
    public string UsualText(JsonElement schema)
    {
        var resolved = api.Resolve(schema);
        return Usual(api.Kind(resolved), FormatOf(resolved)).ToString();
    }

    public string? FormatOf(JsonElement schema) => api.Resolve(schema).TryGetProperty("format", out var format) ? format.GetString() : null;
}
