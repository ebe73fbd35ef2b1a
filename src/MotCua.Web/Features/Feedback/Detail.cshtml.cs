using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Feedback;

/// <summary>A feedback's page for officers: what was sent, by whom, every milestone, the actions his role allows now, the history.</summary>
public sealed class DetailModel(GetFeedback get, ApplyFeedbackAction apply, ListUnits units) : FormPage
{
    public FeedbackDetail? Feedback { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public string UnitName(string code) => Units.FirstOrDefault(u => u.Code == code)?.Name ?? code;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, string action, string? note, string? reason, string? answer, string? toUnitCode, CancellationToken ct)
    {
        var outcome = await apply.HandleAsync(code, action, new FeedbackActionRequest(note, reason, answer, toUnitCode), ct);
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
        Feedback = found.Failed ? null : found.Value;
        Units = await units.HandleAsync(includeInactive: false, ct);
        return Feedback is not null;
    }
}
