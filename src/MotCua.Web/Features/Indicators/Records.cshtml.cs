using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>The records behind one figure of the index page (a link from its numerator, denominator or shortfall).</summary>
public sealed class RecordsModel(ListIndicatorRecords records) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string IndicatorId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? UnitCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Part { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IndicatorRecords? Result { get; private set; }

    /// <summary>The address of one figure's records: what the index page links to.</summary>
    public static string Link(string indicatorId, string unitCode, DateOnly from, DateOnly to, string part, int page = 1) =>
        $"/Indicators/Records?indicatorId={Uri.EscapeDataString(indicatorId)}&unitCode={Uri.EscapeDataString(unitCode)}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&part={part}&page={page}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var outcome = await records.HandleAsync(IndicatorId, new IndicatorRecordsQuery(UnitCode, From, To, Part, PageNumber, null), ct);
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Result = outcome.Value;
    }
}
