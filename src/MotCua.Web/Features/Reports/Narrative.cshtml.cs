using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Báo cáo tình hình, kết quả thực hiện công tác KSTTHC: an officer picks one of his units and a period, writes the
/// unit's results, difficulties and proposals, saves them as a draft, reads the document with every form's figures as
/// PDF, and — as the unit's leader — issues it once the period is over.
/// </summary>
public sealed class NarrativeModel(DossierRegister register, GetNarrative get, SaveNarrative save, IssueNarrative issue, ReportPeriods periods, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    /// <summary>The periods the picker offers, by name.</summary>
    public IReadOnlyList<PeriodChoice> PeriodOptions { get; private set; } = [];

    [BindProperty]
    public NarrativeRequest Words { get; set; } = new(null, null, null, null);

    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public NarrativeResponse? Narrative { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public string Query => $"unitCode={Uri.EscapeDataString(UnitCode ?? string.Empty)}&period={Uri.EscapeDataString(Period ?? string.Empty)}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Narrative is { } n)
        {
            Words = new(n.Number, n.Results, n.Difficulties, n.Proposals);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct) =>
        await AfterAsync(await save.HandleAsync(UnitCode, Period, Words, ct), Text.Pick("Đã lưu dự thảo báo cáo.", "Draft saved."), ct);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct) =>
        await AfterAsync(await issue.HandleAsync(UnitCode, Period, ct), Text.Pick("Đã ban hành báo cáo; bản PDF được lưu.", "Report issued; its PDF is kept."), ct);

    /// <summary>A done post goes back to the report (post, redirect, get); a refused one is shown with what was typed.</summary>
    private async Task<IActionResult> AfterAsync(Outcome<NarrativeResponse> outcome, string message, CancellationToken ct)
    {
        if (outcome.Failed)
        {
            await LoadAsync(ct);
            Refuse(outcome.Error);
            return Page();
        }

        Done = message;
        return Redirect("/Reports/Narrative?" + Query);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        UnitCode ??= Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        Period ??= IndexModel.LastQuarter(periods, clock);
        PeriodOptions = PeriodChoices.Recent(periods, DossierPeriod.Today(clock), Period);
        var found = await get.HandleAsync(UnitCode, Period, ct);
        if (found.Failed)
        {
            Refuse(found.Error);
            return;
        }

        Narrative = found.Value.Response;
    }
}
