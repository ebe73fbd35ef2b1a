using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// A page asking for one of the officer's units and a period (this month so far until he picks another) and showing
/// what a query answers for them; a refused query shows its problem with its status.
/// </summary>
public abstract class UnitPeriodPage<TResult>(DossierRegister register) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public RegisterChoices Choices { get; private set; } = new([], default, default);

    public TResult? Result { get; private set; }

    /// <summary>Whether the page starts on the officer's first unit rather than all of them.</summary>
    protected virtual bool StartsOnFirstUnit => false;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Choices = await register.ChoicesAsync(ct);
        UnitCode ??= StartsOnFirstUnit && Choices.Units.Count > 0 ? Choices.Units[0].Code : null;
        From ??= Day(Choices.From);
        To ??= Day(Choices.To);
        var outcome = await QueryAsync(UnitCode, From, To, ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }

    protected abstract Task<Outcome<TResult>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
