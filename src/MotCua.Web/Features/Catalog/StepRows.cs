using MotCua.Domain.Catalog;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Catalog;

/// <summary>One row of a step table on a form: a role and a unit chosen from lists, not typed as codes.</summary>
public sealed record StepRow(int Order, string? Name, string? Role, string? UnitCode, decimal? Hours);

/// <summary>
/// The internal process as rows of a form (the process editor's, the procedure form's): the steps there are plus a few
/// empty rows to add more; a row whose name is cleared is dropped, the rest follow their order.
/// </summary>
public sealed record StepRows(IReadOnlyList<StepRow> Rows, IReadOnlyList<UnitInfo> Units)
{
    private const int BlankRows = 3;

    public static readonly IReadOnlyList<string> Roles = ["receptionist", "specialist", "leader"];

    public static List<StepRow> From(IEnumerable<StepInput> steps)
    {
        var rows = steps.Select((s, i) => new StepRow(i + 1, s.Name, s.Role, s.UnitCode, s.Hours)).ToList();
        rows.AddRange(Enumerable.Range(0, BlankRows).Select(i => new StepRow(rows.Count + i + 1, null, "specialist", null, null)));
        return rows;
    }

    public static List<StepInput> Inputs(IEnumerable<StepRow> rows) =>
        rows.Where(s => !string.IsNullOrWhiteSpace(s.Name)).OrderBy(s => s.Order).Select(s => new StepInput(s.Name, s.Role, s.UnitCode, s.Hours)).ToList();
}
