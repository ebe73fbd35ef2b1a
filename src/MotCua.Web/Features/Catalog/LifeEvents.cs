using System.Text.Json;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

public sealed record LifeEvent(string Slug, Text Name, IReadOnlyList<string> ProcedureCodes);

/// <summary>
/// Sự kiện trong đời: what happened to a person (a baby, a marriage, a death, a business) and the procedures it
/// calls for, so that citizens find them without knowing their names. Reference data shipped with the product in
/// life-events.json; a province edits the file to add its own procedures.
/// </summary>
public static class LifeEvents
{
    public static IReadOnlyList<LifeEvent> All { get; } = Load();

    public static LifeEvent? Find(string? slug) => All.FirstOrDefault(e => e.Slug == slug);

    private static List<LifeEvent> Load()
    {
        using var stream = typeof(LifeEvents).Assembly.GetManifestResourceStream("MotCua.Web.Features.Catalog.life-events.json")
            ?? throw new InvalidOperationException("life-events.json is not embedded.");
        var rows = JsonSerializer.Deserialize<List<Row>>(stream, JsonSerializerOptions.Web) ?? [];
        return rows.Select(r => new LifeEvent(r.Slug, new Text(r.Name.Vi, r.Name.En), r.ProcedureCodes)).ToList();
    }

    private sealed record Row(string Slug, Names Name, List<string> ProcedureCodes);

    private sealed record Names(string Vi, string En);
}
