using System.Text.Json;

namespace MotCua.Web.Tests.Security;

/// <param name="In">"path" or "query".</param>
public sealed record OperationParameter(string Name, string In, JsonElement Schema);

/// <param name="Body">Media type → schema of the request body, empty when the operation takes none.</param>
public sealed record Operation(string Method, string Path, IReadOnlyList<OperationParameter> Parameters, IReadOnlyDictionary<string, JsonElement> Body)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>The operations of an OpenAPI 3.1 document, and its schemas with references and nullable unions resolved.</summary>
public sealed class OpenApiOperations(JsonDocument document)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>The kind a union of types is read as: a number written as a string is still a number.</summary>
    private static readonly string[] Kinds = ["integer", "number", "boolean", "array", "object", "string"];

    public IReadOnlyList<Operation> All { get; } = [.. Read(document.RootElement)];

    /// <summary>The schema a reference, a single-member union with null or an allOf stands for.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
            }
            else if (schema.TryGetProperty("oneOf", out var union) && union.EnumerateArray().FirstOrDefault(s => !IsNull(s)) is { ValueKind: JsonValueKind.Object } member)
            {
                schema = member;
            }
            else
            {
                return schema;
            }
        }
    }

    /// <summary>The properties of an object schema, those of its allOf parts included.</summary>
    public IEnumerable<(string Name, JsonElement Schema)> Properties(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                yield return (property.Name, property.Value);
            }
        }

        if (schema.TryGetProperty("allOf", out var parts))
        {
            foreach (var part in parts.EnumerateArray().SelectMany(Properties))
            {
                yield return part;
            }
        }
    }

    /// <summary>The JSON kind a value of the schema has: integer, number, boolean, string, array or object.</summary>
    public string Kind(JsonElement schema)
    {
        schema = Resolve(schema);
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("items", out _) ? "array" : "object";
        }

        var kinds = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        return Kinds.FirstOrDefault(kinds.Contains) ?? "string";
    }

    private static bool IsNull(JsonElement schema) => schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static IEnumerable<Operation> Read(JsonElement root)
    {
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => new OperationParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.GetProperty("schema"))).ToList()
                    : [];
                var body = operation.Value.TryGetProperty("requestBody", out var requestBody)
                    ? requestBody.GetProperty("content").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.TryGetProperty("schema", out var s) ? s : default)
                    : [];
                yield return new Operation(operation.Name.ToUpperInvariant(), path.Name, parameters, body);
            }
        }
    }
}
