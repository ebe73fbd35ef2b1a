using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The officer's inbox: views for mine, his units', due today, due soon, late, and the online intake queue.</summary>
public sealed class IndexModel(ListDossiers list, ListReminders reminders, DossierRegister register) : PageModel
{
    public static IReadOnlyList<(string Key, string Label)> Tabs =>
    [
        ("unit", Text.Pick("Của đơn vị", "My units")),
        ("mine", Text.Pick("Của tôi", "Mine")),
        ("queue", Text.Pick("Chờ tiếp nhận", "Intake queue")),
        ("today", Text.Pick("Đến hạn hôm nay", "Due today")),
        ("soon", Text.Pick("Sắp đến hạn", "Due soon")),
        ("late", Text.Pick("Quá hạn", "Late")),
    ];

    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "unit";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public Paged<DossierSummary>? Result { get; private set; }

    public Error? Problem { get; private set; }

    public IReadOnlyList<ReminderInfo> Reminders { get; private set; } = [];

    /// <summary>What the register form offers: the officer's units and this month.</summary>
    public RegisterChoices? Register { get; private set; }

    /// <summary>Leaders and KSTTHC officers answer for lateness (DOMAIN.md §4): their inbox links to the late list.</summary>
    public bool ShowsLateList => OfficerClaims.HasRole(User, Role.Leader) || OfficerClaims.HasRole(User, Role.KsttOfficer);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = View switch
        {
            "mine" => new DossierQuery(Q, null, null, null, true),
            "queue" => new DossierQuery(Q, "submitted", null, null, null),
            "today" or "soon" or "late" => new DossierQuery(Q, null, null, View, null),
            _ => new DossierQuery(Q, null, null, null, null),
        };
        var page = PageRequest.From(PageNumber, 25);
        var outcome = page.Failed ? page.Error : await list.HandleAsync(query, page.Value, ct);
        Result = outcome.Failed ? null : outcome.Value;
        Problem = outcome.Error;
        Reminders = await reminders.HandleAsync(ct);
        Register = await register.ChoicesAsync(ct);
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View, ["q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
