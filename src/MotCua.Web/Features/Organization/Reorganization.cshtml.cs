using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Organization;

/// <summary>One act: its steps, what it touches (the preview), and adopting or withdrawing it.</summary>
public sealed class ReorganizationModel(PreviewReorganization preview, AdoptReorganization adopt, WithdrawReorganization withdraw) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ReorganizationPreview? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAdoptAsync(CancellationToken ct) => await AfterAsync(await adopt.HandleAsync(Id, ct), ct);

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => await AfterAsync(await withdraw.HandleAsync(Id, ct), ct);

    private async Task<IActionResult> AfterAsync(Outcome<ReorganizationInfo> outcome, CancellationToken ct)
    {
        if (!outcome.Failed)
        {
            return RedirectToPage(new { id = Id });
        }

        Refuse(outcome.Error);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var found = await preview.HandleAsync(Id, ct);
        Preview = found.Failed ? null : found.Value;
        return Preview is not null;
    }
}
