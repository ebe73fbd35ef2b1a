using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// One unit: rename, move, merge, (de)activate, working hours and history. Each change is its own
/// small form, so that one submit is one recorded change in the unit's history.
/// </summary>
public sealed class UnitModel(
    ListUnits list, UnitHistory history, RenameUnit rename, MoveUnit move, MergeUnit merge,
    SetUnitActive setActive, SaveWorkingHours workingHours, UnitLineage lineage) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    public UnitInfo? Unit { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public IReadOnlyList<UnitChangeInfo> History { get; private set; } = [];

    public WorkingHoursInfo? Hours { get; private set; }

    public UnitLineageInfo? Lineage { get; private set; }

    /// <summary>What the administrator typed, shown again when it was refused.</summary>
    public string? PeriodsTyped { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(string? name, string? agencyCode, CancellationToken ct) =>
        AfterAsync(rename.HandleAsync(Code, new RenameUnitRequest(name, agencyCode), ct), ct);

    public Task<IActionResult> OnPostMoveAsync(string? parentCode, CancellationToken ct) =>
        AfterAsync(move.HandleAsync(Code, new MoveUnitRequest(parentCode), ct), ct);

    public Task<IActionResult> OnPostMergeAsync(string? intoCode, CancellationToken ct) =>
        AfterAsync(merge.HandleAsync(Code, new MergeUnitRequest(intoCode), ct), ct);

    public Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct) =>
        AfterAsync(setActive.HandleAsync(Code, active, ct), ct);

    public async Task<IActionResult> OnPostHoursAsync(string? periods, bool useDefault, CancellationToken ct)
    {
        PeriodsTyped = useDefault ? null : periods;
        var saved = await workingHours.HandleAsync(Code, PeriodsTyped, ct);
        return await AfterAsync(Task.FromResult(saved.Failed ? (Outcome<string>)saved.Error : Code), ct);
    }

    private async Task<IActionResult> AfterAsync(Task<Outcome<string>> change, CancellationToken ct)
    {
        var outcome = await change;
        if (!outcome.Failed)
        {
            return RedirectToPage(new { code = Code });
        }

        Refuse(outcome.Error);
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Units = await list.HandleAsync(includeInactive: true, ct);
        Unit = Units.FirstOrDefault(u => u.Code == Code);
        if (Unit is null)
        {
            return false;
        }

        History = (await history.HandleAsync(Code, ct)).Value;
        Hours = (await workingHours.GetAsync(Code, ct)).Value;
        Lineage = (await lineage.HandleAsync(Code, ct)).Value;
        return true;
    }
}
