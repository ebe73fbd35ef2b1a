using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The officer's inbox: his work queues as tabs with their counts (<see cref="InboxView"/>), most urgent first; the
/// finished dossiers behind their own tab, a status or a due filter.
/// </summary>
public sealed class IndexModel(ListDossiers list, CountInbox tabs, ListReminders reminders, DossierRegister register) : PageModel
{
    /// <summary>The due filters that were tabs before issue 18; links to them keep working.</summary>
    private static readonly string[] DueViews = ["today", "soon", "late"];

    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    /// <summary>Where the page continues from: the previous page's cursor (<see cref="DossierPage.Next"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<InboxTab> Tabs { get; private set; } = [];

    public DossierPage? Result { get; private set; }

    /// <summary>How many dossiers the list holds, when its tab counted them: the list itself counts nothing.</summary>
    public int? Total => string.IsNullOrEmpty(Q) && View is not null ? Tabs.FirstOrDefault(t => t.View == View)?.Count : null;

    public Error? Problem { get; private set; }

    public IReadOnlyList<ReminderInfo> Reminders { get; private set; } = [];

    /// <summary>What the register form offers: the officer's units and this month.</summary>
    public RegisterChoices? Register { get; private set; }

    /// <summary>Leaders and KSTTHC officers answer for lateness (DOMAIN.md §4): their inbox links to the late list.</summary>
    public bool ShowsLateList => OfficerClaims.HasRole(User, Role.Leader) || OfficerClaims.HasRole(User, Role.KsttOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tabs = await tabs.HandleAsync(ct);
        if (View is { } legacy && DueViews.Contains(legacy))
        {
            (View, Due) = (null, legacy);
        }
        else if (!string.IsNullOrEmpty(Status) || !string.IsNullOrEmpty(Due))
        {
            // A status or due filter looks through every dossier of the units, finished ones included.
            View = null;
        }
        else
        {
            View ??= Tabs[0].View;
        }

        var cursor = After is null ? default(Outcome<InboxCursor>?) : InboxCursor.Parse(After);
        Outcome<DossierPage> outcome = cursor is { Failed: true } parsed ? parsed.Error!
            : await list.HandleAsync(new DossierQuery(Q, Status, null, Due, null, View), InboxPaging.Browsing(25, cursor?.Value), ct);
        Result = outcome.Failed ? null : outcome.Value;
        Problem = outcome.Error;
        Reminders = await reminders.HandleAsync(ct);
        Register = await register.ChoicesAsync(ct);
    }

    /// <summary>The list with the same filters, from its first row or on from <paramref name="after"/>.</summary>
    public string PageLink(string? after) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View, ["q"] = Q, ["status"] = Status, ["due"] = Due, ["after"] = after,
    }).ToUriComponent();
}
