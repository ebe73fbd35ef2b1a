using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Create or amend a procedure. The form has the same cells as one row of the import spreadsheet,
/// so it is read by the same code and checked by the same rules.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.CatalogEditor)]
public sealed class EditModel(GetProcedure get, SaveProcedure save) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public int? BaseVersion { get; set; }

    [BindProperty]
    public List<string> Cells { get; set; } = ProcedureColumns.All.Select(_ => string.Empty).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Code is null)
        {
            return Page();
        }

        var found = await get.HandleAsync(Code, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        Cells = ProcedureTable.Cells(found.Value.ToInput()).ToList();
        BaseVersion = found.Value.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var readErrors = new List<ImportError>();
        // Empty inputs bind as null; the row reader works on text.
        var input = ProcedureTable.Read(new TableRow(1, Cells.Select(c => c ?? string.Empty).ToList()), readErrors);
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
