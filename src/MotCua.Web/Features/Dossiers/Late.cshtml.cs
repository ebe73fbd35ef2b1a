using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Hồ sơ quá hạn: the leader's view of late dossiers per unit and per officer, with the step where the time was lost.</summary>
public sealed class LateModel(ListLateDossiers late, DossierRegister register) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The officer's units for the form, and this month as the period until he picks another.</summary>
    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public LateDossiers? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        From ??= Day(Choices.From);
        To ??= Day(Choices.To);
        var outcome = await late.HandleAsync(new LateQuery(UnitCode, From, To), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error!);
            return;
        }

        Result = outcome.Value;
    }

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
