using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Catalog;

public sealed class DetailModel(GetProcedure get, ProcedureHistory history, ListUnits units, RetireProcedure retire, FormTemplates templates, SaveFormTemplate saveTemplate) : FormPage
{
    public ProcedureDetail? Procedure { get; private set; }

    public IReadOnlyList<RevisionInfo> History { get; private set; } = [];

    public IReadOnlyDictionary<string, string> UnitNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<int, FormTemplateInfo> Templates { get; private set; } = new Dictionary<int, FormTemplateInfo>();

    public ProcedureView View => new(Procedure!, UnitNames, "/Catalog/Detail/", ShowProcess: true, Templates);

    public bool CanEdit => OfficerClaims.HasRole(User, Role.KsttOfficer) || OfficerClaims.HasRole(User, Role.Administrator);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAbolishAsync(string code, RetireForm form, CancellationToken ct) => RetireAsync(code, false, form, ct);

    public Task<IActionResult> OnPostReplaceAsync(string code, RetireForm form, CancellationToken ct) => RetireAsync(code, true, form, ct);

    public async Task<IActionResult> OnPostTemplateAsync(string code, int component, IFormFile? file, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var saved = await saveTemplate.HandleAsync(code, component, file, ct);
        if (!saved.Failed)
        {
            return RedirectToPage(new { code });
        }

        Refuse(saved.Error);
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> RetireAsync(string code, bool replace, RetireForm form, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var outcome = await retire.HandleAsync(code, replace, new RetireRequest(new PublicationInput(form.DecisionNumber, form.DecisionDate, form.EffectiveDate), form.ReplacedByCode, form.Note), ct);
        if (!outcome.Failed)
        {
            return RedirectToPage(new { code });
        }

        Refuse(outcome.Error);
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var found = await get.HandleAsync(code, ct);
        if (found.Failed)
        {
            return false;
        }

        Procedure = found.Value;
        History = (await history.HandleAsync(code, ct)).Value;
        UnitNames = (await units.HandleAsync(includeInactive: true, ct)).ToDictionary(u => u.Code, u => u.Name);
        Templates = await templates.OfAsync(code, ct);
        return true;
    }

    public sealed record RetireForm(string? DecisionNumber, string? DecisionDate, string? EffectiveDate, string? ReplacedByCode, string? Note);
}
