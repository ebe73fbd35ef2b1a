using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Features.Organization;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Publications;

/// <summary>The publication decisions of a unit and period, the days each change was made public, and the on-time rates.</summary>
public sealed class IndexModel(PublicationQueries queries, PublicationRate rate, RecordDisclosure record, ListUnits units) : PlanPage
{
    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public IReadOnlyList<PublicationDecision> Decisions { get; private set; } = [];

    public PublicationRateAnswer? Rate { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(Guid revisionId, DateOnly? portalOn, DateOnly? deskOn, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var saved = await record.HandleAsync(revisionId, new DisclosureRequest(portalOn, deskOn), ct);
        if (!saved.Failed)
        {
            return Redirect(Request.Path + Request.QueryString);
        }

        Refuse(saved.Error!);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = new PublicationQuery(UnitCode, From, To);
        var decisions = await queries.DecisionsAsync(query, ct);
        var figures = await rate.HandleAsync(query, ct);
        Decisions = decisions.Failed ? [] : decisions.Value.Decisions;
        Rate = figures.Failed ? null : figures.Value;
        if (decisions.Error is { } error && Problem is null)
        {
            Refuse(error);
        }

        Units = await units.HandleAsync(includeInactive: false, ct);
    }
}
