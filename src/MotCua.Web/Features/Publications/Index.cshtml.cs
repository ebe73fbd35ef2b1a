using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Publications;

public sealed record PublicationView(IReadOnlyList<PublicationDecision> Decisions, PublicationRateAnswer Rate);

/// <summary>The publication decisions of a unit and period, the days each change was made public, and the on-time rates.</summary>
public sealed class IndexModel(DossierRegister register, PublicationQueries queries, PublicationRate rate, RecordDisclosure record) : UnitPeriodPage<PublicationView>(register)
{
    public bool CanEdit => OfficerClaims.HasRole(User, Role.KsttOfficer) || OfficerClaims.HasRole(User, Role.Administrator);

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

        var error = saved.Error;
        await OnGetAsync(ct);
        Refuse(error);
        return Page();
    }

    protected override async Task<Outcome<PublicationView>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct)
    {
        var query = new PublicationQuery(unitCode, from, to);
        var decisions = await queries.DecisionsAsync(query, ct);
        if (decisions.Failed)
        {
            return decisions.Error;
        }

        var figures = await rate.HandleAsync(query, ct);
        return figures.Failed ? figures.Error : new PublicationView(decisions.Value.Decisions, figures.Value);
    }
}
