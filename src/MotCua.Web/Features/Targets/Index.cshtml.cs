using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Targets;

/// <summary>Chỉ tiêu: a unit's KPI targets of a year against the data at the end of a quarter, with lights and the units that miss.</summary>
public sealed class IndexModel(TargetProgress progress, DossierRegister register, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public TargetsProgress? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        UnitCode ??= Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        var today = DossierPeriod.Today(clock);
        Year ??= today.Year;
        Quarter ??= Year == today.Year ? (today.Month + 2) / 3 : 4;
        var outcome = await progress.HandleAsync(new ProgressQuery(UnitCode, Year, Quarter), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error!);
            return;
        }

        Result = outcome.Value;
    }
}
