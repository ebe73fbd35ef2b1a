using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Kỳ báo cáo và biểu mẫu for the administrator: the versions of the period rules and of each form, and one of them as
/// JSON he edits and saves as a new version with its effective date, checked as the API checks it.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Administrator)]
public sealed class SettingsModel(ReportSettings settings) : FormPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>periods</c> or <c>forms</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string Resource { get; set; } = "periods";

    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    [BindProperty]
    public string? Json { get; set; }

    public ReportSettingsInfo? Info { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Info = await settings.ListAsync(ct);
        if (Version is { Length: > 0 } version)
        {
            var found = await settings.JsonAsync(Key, version, ct);
            if (found is null)
            {
                return NotFound();
            }

            // Indented and with its letters as written, so that the administrator reads and edits the Vietnamese.
            Json = JsonSerializer.Serialize(JsonDocument.Parse(found).RootElement, Indented);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await settings.SaveAsync(Key, Json ?? string.Empty, ct);
        if (saved.Failed)
        {
            Info = await settings.ListAsync(ct);
            Refuse(saved.Error);
            return Page();
        }

        return RedirectToPage(new { resource = Resource, version = saved.Value.Version });
    }

    private string Key => Resource == "forms" ? VersionedResources.ReportForms : VersionedResources.ReportPeriods;
}
