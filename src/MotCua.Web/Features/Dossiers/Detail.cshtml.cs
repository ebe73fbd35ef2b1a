using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// A dossier's page: facts, the components with their files (and a scan to attach to each), the actions this
/// officer may take now, the process's next move first (the result with its signed file; assignment from the
/// officers who may take the step), the control sheet and the history; after a change, what it did.
/// </summary>
public sealed class DetailModel(GetDossier get, ApplyAction apply, IssueResult issueResult, AttachFile attach, ListUnits units, ListAssignees assignees) : FormPage
{
    public DossierDetail? Dossier { get; private set; }

    /// <summary>Whom to assign and where to transfer, when the officer may do either.</summary>
    public AssigneeChoices? Choices { get; private set; }

    /// <summary>What the last change did, shown once on the page it led back to.</summary>
    [TempData(Key = DossierFlash.Key)]
    public string? Done { get; set; }

    private Dictionary<string, string> unitNames = [];

    /// <summary>The papers the dossier has so far (one-stop forms, courtesy letters once the result is issued), each a print button.</summary>
    public IReadOnlyList<DossierForm> Papers => Dossier is { } d
        ? DossierForms.All.Where(f => f.IsAvailable(d.ProcedureCode, d.ReceivedAt is not null, d.History.Select(e => e.Type))).ToList()
        : [];

    public string UnitName(string code) => unitNames.GetValueOrDefault(code, code);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    /// <summary>The files of one component, or the result's (<paramref name="component"/> null).</summary>
    public IEnumerable<AttachmentInfo> FilesOf(string? component) => Dossier?.Attachments.Where(a => a.Component == component) ?? [];

    public async Task<IActionResult> OnPostAsync(string code, string action, string? note, string? reason, string? assignee, string? toUnitCode, DateTime? newDueAt, IFormFile? file, bool electronic, bool pushToPersonalStore, CancellationToken ct)
    {
        DateTimeOffset? due = newDueAt is { } local ? new DateTimeOffset(local, WorkingCalendar.VietnamOffset) : null;
        var outcome = action == DossierActions.Name(DossierAction.IssueResult)
            ? await issueResult.HandleAsync(code, file, electronic ? "electronic" : "paper", note, pushToPersonalStore, ct)
            : await apply.HandleAsync(code, action, new ActionRequest(note, reason, assignee, toUnitCode, due), ct);
        return await AfterAsync(code, outcome.Failed ? null : DossierFlash.Acted(action, outcome.Value), outcome.Error, ct);
    }

    public async Task<IActionResult> OnPostAttachAsync(string code, string? component, IFormFile? file, CancellationToken ct)
    {
        var attached = await attach.HandleAsync(code, component, file, ct);
        return await AfterAsync(code, attached.Failed ? null : DossierFlash.Attached(attached.Value), attached.Error, ct);
    }

    /// <summary>Back to the page after a change, saying what it did; the page again with the problem when it was refused.</summary>
    private async Task<IActionResult> AfterAsync(string code, string? done, Error? refused, CancellationToken ct)
    {
        if (refused is null)
        {
            Done = done;
            return RedirectToPage(new { code });
        }

        Refuse(refused);
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var found = await get.HandleAsync(code, ct);
        Dossier = found.Failed ? null : found.Value;
        unitNames = (await units.HandleAsync(includeInactive: true, ct)).ToDictionary(u => u.Code, u => u.Name);
        if (Dossier is { } d && d.MyActions.Any(a => a is "assign" or "transfer"))
        {
            var choices = await assignees.HandleAsync(code, ct);
            Choices = choices.Failed ? null : choices.Value;
        }

        return Dossier is not null;
    }
}
