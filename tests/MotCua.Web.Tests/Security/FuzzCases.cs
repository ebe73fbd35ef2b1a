using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// The mutated requests of one operation, from its OpenAPI description: path and query values that climb out of
/// their folder, carry a NUL, are huge or out of range; JSON that is malformed, not UTF-8, empty, of the wrong kind,
/// with extra fields, wrong types, NULs in strings, huge strings, extreme numbers and dates; broken multipart forms
/// (and fields with a NUL) and raw bodies.
/// Every other value is the usual one, and path values name records that exist (<paramref name="known"/>), so that a
/// mutation reaches the handler's checks rather than stopping at a 404.
/// </summary>
public sealed class FuzzCases(OpenApiOperations api, SchemaSamples samples, IReadOnlyDictionary<string, string> known)
{
    /// <summary>Past any column of the schema, under the server's body limit.</summary>
    private const int HugeLength = 100_000;

    /// <summary>
    /// Already escaped for the URL. A NUL decoded in a path never reaches the application (Kestrel answers 400 and the test
    /// host throws), so the path carries "%00" as text, and the query carries the NUL itself.
    /// </summary>
    private static readonly (string Name, string Value)[] PathMutations =
    [
        ("path-dot-segments", "..%2F..%2F..%2Fetc%2Fpasswd"), ("path-percent-nul", "x%2500y"), ("path-huge", new string('9', 4000)),
        ("path-date-min", "0001-01-01"), ("path-date-max", "9999-12-31"),
    ];

    /// <summary>Made one at a time: each holds a body that is sent once.</summary>
    public IEnumerable<FuzzCase> For(Operation operation, Random random)
    {
        var method = new HttpMethod(operation.Method);
        var path = operation.Parameters.Where(p => p.In == "path").ToList();
        var query = operation.Parameters.Where(p => p.In == "query").ToList();
        string Url(Func<OperationParameter, string>? pathValue = null, Func<OperationParameter, string>? queryValue = null)
        {
            var url = path.Aggregate(operation.Path, (u, p) => u.Replace("{" + p.Name + "}", pathValue?.Invoke(p) ?? Uri.EscapeDataString(Known(operation.Path, p)), StringComparison.Ordinal));
            return queryValue is null ? url : url + "?" + string.Join("&", query.Select(p => $"{p.Name}={queryValue(p)}"));
        }

        foreach (var (name, value) in path.Count > 0 ? PathMutations : [])
        {
            yield return new FuzzCase(name, method, Url(pathValue: _ => value), Empty(operation), false);
        }

        foreach (var (name, value) in query.Count > 0 ? QueryMutations() : [])
        {
            yield return new FuzzCase(name, method, Url(queryValue: p => value(api.Kind(p.Schema), samples.FormatOf(p.Schema))), Empty(operation), false);
        }

        var url = Url();
        var bodies = operation.Body.TryGetValue("application/json", out var schema) ? JsonCases(schema, random) : [];
        if (operation.Body.TryGetValue("multipart/form-data", out var form))
        {
            bodies = bodies.Concat(MultipartCases(form));
        }

        // Line-oriented imports (x-ndjson) answer a bad line in their report: a 200 is theirs to give.
        bodies = bodies.Concat(operation.Body.Keys.Where(m => m is not ("application/json" or "multipart/form-data"))
            .Select(media => Case("raw-not-utf8", Raw([0xC3, 0x28, 0x0A, (byte)'{', 0x00, 0xFF], media))));
        foreach (var body in bodies)
        {
            yield return body with { Method = method, Url = url };
        }

        if (path.Count == 0 && query.Count == 0 && operation.Body.Count == 0)
        {
            yield return new FuzzCase("unknown-query-nul", method, url + "?zzFuzz=%00", null, false);
        }
    }

    private string Known(string template, OperationParameter parameter) =>
        known.FirstOrDefault(k => template.StartsWith(k.Key, StringComparison.Ordinal) && k.Key.EndsWith("{" + parameter.Name + "}", StringComparison.Ordinal)).Value
        ?? samples.UsualText(parameter.Schema);

    /// <summary>Operations that require a body get an empty JSON object with a path or query mutation, so the mutation is what is refused.</summary>
    private static StringContent? Empty(Operation operation) =>
        operation.Body.ContainsKey("application/json") ? Json("{}") : null;

    private static IEnumerable<(string Name, Func<string, string?, string> Value)> QueryMutations() =>
    [
        ("query-huge", (kind, _) => kind is "integer" or "number" ? new string('9', 40) : new string('x', HugeLength)),
        ("query-min", (kind, _) => kind switch { "integer" => int.MinValue.ToString(CultureInfo.InvariantCulture), "number" => "-7.9e28", _ => "0001-01-01" }),
        ("query-max", (kind, _) => kind switch { "integer" => int.MaxValue.ToString(CultureInfo.InvariantCulture), "number" => "7.9e28", _ => "9999-12-31" }),
        ("query-nul", (_, _) => "%00..%2F"),
    ];

    private IEnumerable<FuzzCase> JsonCases(JsonElement schema, Random random)
    {
        var usual = samples.Sample(schema, (_, _, value) => value);
        var text = usual?.ToJsonString() ?? "null";
        var kind = api.Kind(schema);
        yield return Case("json-malformed", Json("{\"a\":"), malformed: true);
        var fuzz = text.IndexOf("fuzz", StringComparison.Ordinal);
        byte[] invalid = fuzz < 0 ? [(byte)'"', 0xC3, 0x28, (byte)'"'] : [.. Encoding.UTF8.GetBytes(text[..fuzz]), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(text[fuzz..])];
        yield return Case("json-not-utf8", Raw(invalid, "application/json"), malformed: true);
        yield return Case("json-empty-object", Json("{}"));
        yield return Case("json-wrong-root", Json(kind == "array" ? "{\"zzFuzz\":1}" : "[1]"));
        yield return Case("json-null", Json("null"));
        if (usual is JsonObject extra)
        {
            extra["zzFuzz"] = new JsonObject { ["a"] = new JsonArray(1, "b") };
            yield return Case("json-extra-fields", Json(extra.ToJsonString()));
        }

        yield return Mutated("json-wrong-types", (leafKind, _, value) => random.Next(2) == 0 ? value : leafKind switch
        {
            "string" => JsonValue.Create(12345),
            "boolean" => JsonValue.Create("yes"),
            _ => JsonValue.Create("abc"),
        });
        yield return Mutated("json-nul-strings", (leafKind, format, value) => leafKind == "string" && format is null ? JsonValue.Create("x\0y") : value);
        yield return Mutated("json-huge-strings", (leafKind, _, value) => leafKind == "string" ? JsonValue.Create(new string('x', HugeLength)) : value);
        yield return Mutated("json-numbers-max", (leafKind, _, value) => Extreme(leafKind, value, int.MaxValue, 1e20m));
        yield return Mutated("json-numbers-min", (leafKind, _, value) => Extreme(leafKind, value, int.MinValue, -1e20m));
        yield return Mutated("json-numbers-overflow", (leafKind, _, value) => leafKind is "integer" or "number" ? JsonNode.Parse("1e40") : value);
        yield return Mutated("json-dates-min", (_, format, value) => Date(format, value, "0001-01-01", "0001-01-01T00:00:00Z"));
        yield return Mutated("json-dates-max", (_, format, value) => Date(format, value, "9999-12-31", "9999-12-31T23:59:59Z"));

        FuzzCase Mutated(string name, SchemaSamples.Leaf leaf) => Case(name, Json(samples.Sample(schema, leaf)?.ToJsonString() ?? "null"));
    }

    private static JsonNode Date(string? format, JsonNode usual, string date, string instant) => format switch
    {
        "date" => JsonValue.Create(date)!,
        "date-time" => JsonValue.Create(instant)!,
        _ => usual,
    };

    private static JsonNode Extreme(string kind, JsonNode usual, int integer, decimal number) => kind switch
    {
        "integer" => JsonValue.Create(integer),
        "number" => JsonValue.Create(number),
        _ => usual,
    };

    private IEnumerable<FuzzCase> MultipartCases(JsonElement schema)
    {
        yield return Case("multipart-no-boundary", Raw("abc"u8.ToArray(), "multipart/form-data"), malformed: true);
        yield return Case("multipart-cut-short", Raw("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK"u8.ToArray(), "multipart/form-data; boundary=b"), malformed: true);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent([0x50, 0x4B, 0x03, 0x04, 0xFF, 0xC3, 0x28, 0x00]);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "../../bad.xlsx");
        foreach (var (name, _) in schema.ValueKind == JsonValueKind.Object ? api.Properties(schema).Where(p => p.Name != "file") : [])
        {
            form.Add(new StringContent("\0" + new string('x', HugeLength)), name);
        }

        yield return Case("multipart-garbage-file", form);
    }

    private static FuzzCase Case(string mutation, HttpContent content, bool malformed = false) => new(mutation, HttpMethod.Post, "", content, malformed);

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static ByteArrayContent Raw(byte[] bytes, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}
