using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Indicators;

/// <summary>Chỉ số 766: the Decision 766 index of one of the officer's units for a period, group by group.</summary>
public sealed class IndexModel(ComputeServiceIndex index, DossierRegister register) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>The officer's units for the form (the first until he picks another), and this month so far as the period.</summary>
    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public ServiceIndexReport? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        UnitCode ??= Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        From ??= Day(Choices.From);
        To ??= Day(Choices.To);
        var outcome = await index.HandleAsync(new ServiceIndexQuery(UnitCode, From, To), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error!);
            return;
        }

        Result = outcome.Value;
    }

    /// <summary>A figure as the page shows it: up to two decimals, in the reader's culture.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) : "—";

    /// <summary>The value with its unit: percent, or working hours for an average time.</summary>
    public static string Value(IndicatorFigures indicator) => indicator.Value is null ? "—"
        : indicator.Measure == IndicatorMeasure.WorkingHours ? Number(indicator.Value) + Text.Pick(" giờ làm việc", " working hours")
        : Number(indicator.Value) + " %";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
