using MotCua.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

/// <summary>A work queue the officer is offered, with how many dossiers wait in it (none counted for the finished ones).</summary>
public sealed record InboxTab(string View, string Label, int? Count);

/// <summary>
/// The inbox's tabs for this officer: the queues of the work his roles do, each counted over open dossiers only, so
/// that drawing them costs the open work of his units, not every dossier they ever had.
/// </summary>
public sealed class CountInbox(DossierPermissions permissions)
{
    public async Task<IReadOnlyList<InboxTab>> HandleAsync(CancellationToken ct)
    {
        var dossiers = await permissions.ReadableDossiersAsync(ct);
        var desks = await permissions.UnitsHeldAsync(ct, Role.Receptionist);
        var tabs = new List<InboxTab>();
        foreach (var view in InboxView.All.Where(v => InboxView.For(v) is not { Length: > 0 } roles || permissions.HoldsAnywhere(roles)))
        {
            int? count = view == InboxView.Done ? null : await InboxView.Filter(dossiers, view, permissions.UserName, desks)!.CountAsync(ct);
            tabs.Add(new(view, InboxView.Label(view), count));
        }

        return tabs;
    }
}
