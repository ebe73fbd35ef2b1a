using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Create or amend a procedure. The form has the same cells as one row of the import spreadsheet,
/// so it is read by the same code and checked by the same rules; the channels and the internal process are chosen
/// instead (boxes to tick, the process editor's step table) rather than typed as the spreadsheet's codes.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CatalogEditor)]
public sealed class EditModel(GetProcedure get, SaveProcedure save, ListUnits units) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public int? BaseVersion { get; set; }

    [BindProperty]
    public List<string> Cells { get; set; } = ProcedureColumns.All.Select(_ => string.Empty).ToList();

    [BindProperty]
    public List<string> Channels { get; set; } = [];

    [BindProperty]
    public List<StepRow> Steps { get; set; } = StepRows.From([]);

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Units = await units.HandleAsync(includeInactive: false, ct);
        if (Code is null)
        {
            return Page();
        }

        var found = await get.HandleAsync(Code, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        var input = found.Value.ToInput();
        (Cells, Channels, Steps) = (ProcedureTable.Cells(input).ToList(), [.. input.Channels ?? []], StepRows.From(input.Steps ?? []));
        BaseVersion = found.Value.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Units = await units.HandleAsync(includeInactive: false, ct);
        var readErrors = new List<ImportError>();
        // Empty inputs bind as null; the row reader works on text.
        var input = ProcedureTable.Read(new TableRow(1, Cells.Select(c => c ?? string.Empty).ToList()), readErrors) with { Channels = Channels, Steps = StepRows.Inputs(Steps) };
        if (readErrors.Count > 0)
        {
            return Fail(Error.Validation(readErrors.GroupBy(e => ProcedureColumns.All[e.Column![0] - 'A'].Field).ToDictionary(g => g.Key, g => g.Select(e => new Text(e.Message, e.Message)).ToArray())));
        }

        var outcome = Code is null ? await save.CreateAsync(input, ct) : await save.AmendAsync(Code, BaseVersion, input, ct);
        return outcome.Failed ? Fail(outcome.Error) : RedirectToPage("/Catalog/Detail", new { code = outcome.Value.Code });
    }

    /// <summary>Field paths (components[1].name) read as the form's labels (Thành phần hồ sơ).</summary>
    private PageResult Fail(Error error)
    {
        Refuse(error with
        {
            Fields = error.Fields?
                .GroupBy(f => ProcedureColumns.All[ProcedureColumns.IndexOf(f.Key)].Header)
                .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Value).ToArray()),
        });
        return Page();
    }
}
