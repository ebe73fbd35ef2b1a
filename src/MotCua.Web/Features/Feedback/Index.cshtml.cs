using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// The officers' PAKN inbox: views for what is still owed, due soon, overdue, and everything of his units; and the
/// figures of a unit for a period. Feedback is routed to units, not to people, so there is no "mine" view.
/// </summary>
public sealed class IndexModel(ListFeedback list, FeedbackStats stats, ListUnits units) : FormPage
{
    public static IReadOnlyList<(string Key, string Label)> Tabs =>
    [
        ("open", Text.Pick("Cần trả lời", "Owed an answer")),
        ("soon", Text.Pick("Sắp đến hạn", "Due soon")),
        ("overdue", Text.Pick("Quá hạn", "Overdue")),
        ("all", Text.Pick("Tất cả của đơn vị", "All of my units")),
    ];

    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public Paged<FeedbackSummary>? Result { get; private set; }

    public FeedbackStatsResult? Stats { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = PageRequest.From(PageNumber, 25);
        var outcome = page.Failed ? page.Error : await list.HandleAsync(new FeedbackQuery(Q, null, null, View == "all" ? null : View), page.Value, ct);
        var figures = await stats.HandleAsync(new FeedbackStatsQuery(UnitCode, From, To), ct);
        Result = outcome.Failed ? null : outcome.Value;
        Stats = figures.Failed ? null : figures.Value;
        if ((outcome.Error ?? figures.Error) is { } error)
        {
            Refuse(error);
        }

        var visible = await stats.VisibleUnitCodesAsync(ct);
        Units = (await units.HandleAsync(includeInactive: false, ct)).Where(u => visible.Contains(u.Code)).ToList();
    }

    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["view"] = View, ["q"] = Q, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }).ToUriComponent();
}
