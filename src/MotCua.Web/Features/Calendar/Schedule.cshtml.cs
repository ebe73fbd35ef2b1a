using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Calendar;

/// <summary>
/// The published schedule of one year as an editable table. A year without one starts from what
/// the statutory rule gives, so the administrator only corrects the days the notice changed.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class ScheduleModel(GetSchedule get, SaveSchedule save) : FormPage
{
    private const int BlankRows = 4;

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public List<ScheduleDayInfo> Days { get; set; } = [];

    public bool Official { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await get.HandleAsync(Year, ct);
        if (found.Failed)
        {
            return NotFound();
        }

        Official = found.Value.Official;
        Source = Official ? found.Value.Source : null;
        var days = found.Value.Days ?? [];
        // A statutory holiday on a weekend is already a rest day; a published schedule lists only the
        // weekday it gives in compensation, so the weekend row would be refused on save.
        Days = [.. Official ? days : days.Where(d => !IsWeekend(d.Date)), .. Blank()];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Cleared rows are deleted days; the rows are renumbered so error keys match the rows shown again.
        Days = Days.Where(d => !string.IsNullOrWhiteSpace(d.Date) || !string.IsNullOrWhiteSpace(d.Name)).ToList();
        var saved = await save.HandleAsync(Year, new ScheduleInfo(Year, Source, Days, Official: true), ct);
        return saved.Failed ? await FailAsync(saved.Error, ct) : RedirectToPage(new { year = Year });
    }

    public async Task<IActionResult> OnPostStatutoryAsync(CancellationToken ct)
    {
        var removed = await save.RemoveAsync(Year, ct);
        return removed.Failed ? await FailAsync(removed.Error, ct) : RedirectToPage(new { year = Year });
    }

    private async Task<IActionResult> FailAsync(Error error, CancellationToken ct)
    {
        var stored = await get.HandleAsync(Year, ct);
        Official = !stored.Failed && stored.Value.Official;
        Days = [.. Days, .. Blank()];
        Refuse(error);
        return Page();
    }

    private static bool IsWeekend(string? isoDate) =>
        DateOnly.TryParse(isoDate, System.Globalization.CultureInfo.InvariantCulture, out var date) && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static IEnumerable<ScheduleDayInfo> Blank() => Enumerable.Repeat(new ScheduleDayInfo(null, null, null, null), BlankRows);
}
