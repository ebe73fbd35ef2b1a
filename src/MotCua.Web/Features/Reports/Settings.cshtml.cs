using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// Kỳ báo cáo và biểu mẫu for the administrator: the versions of the period rules and of each form, one of them in a
/// form of named fields he edits and saves as a new version with its effective date, and beside it the same version
/// as JSON (the exchange format) to download, or JSON to paste in; both checked as the API checks them.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Administrator)]
public sealed class SettingsModel(ReportSettings settings) : FormPage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>periods</c> or <c>forms</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string Resource { get; set; } = "periods";

    /// <summary>The version the form started from; the latest period rules when none is asked for.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    [BindProperty]
    public string? Json { get; set; }

    [BindProperty]
    public PeriodRulesInput Periods { get; set; } = new();

    [BindProperty]
    public FormInput Form { get; set; } = new();

    public ReportSettingsInfo? Info { get; private set; }

    public bool IsForm => Resource == "forms";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Info = await settings.ListAsync(ct);
        Version = Version is { Length: > 0 } ? Version : (IsForm ? Info.Forms : Info.Periods)[^1].Version;
        return await StartFromAsync(fields: true, ct) ? Page() : NotFound();
    }

    /// <summary>The form of named fields, read into the version's JSON and saved as an uploaded one is.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = new List<Text>();
        var json = IsForm ? SettingsJson.Write(Form.Read(problems)) : SettingsJson.Write(Periods.Read(problems));
        Outcome<ResourceVersionInfo> saved = problems.Count > 0 ? Error.Validation(new Dictionary<string, Text[]> { [Resource] = [.. problems] }) : await settings.SaveAsync(Key, json, ct);
        return await SavedAsync(saved, fields: false, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct) => await SavedAsync(await settings.SaveAsync(Key, Json ?? string.Empty, ct), fields: true, ct);

    /// <summary>
    /// Refused, the page shows again what was posted with the problems; the other half of the page starts from the
    /// version again: the fields after a refused paste, the JSON after refused fields.
    /// </summary>
    private async Task<IActionResult> SavedAsync(Outcome<ResourceVersionInfo> saved, bool fields, CancellationToken ct)
    {
        if (!saved.Failed)
        {
            return RedirectToPage(new { resource = Resource, version = saved.Value.Version });
        }

        Info = await settings.ListAsync(ct);
        await StartFromAsync(fields, ct);
        Refuse(saved.Error);
        return Page();
    }

    /// <summary>The JSON box, and the fields when <paramref name="fields"/>, from <see cref="Version"/>; false when there is no such version.</summary>
    private async Task<bool> StartFromAsync(bool fields, CancellationToken ct)
    {
        var found = await settings.JsonAsync(Key, Version ?? string.Empty, ct);
        if (found is null)
        {
            return false;
        }

        // Indented and with its letters as written, so that the administrator reads and edits the Vietnamese.
        Json ??= JsonSerializer.Serialize(JsonDocument.Parse(found).RootElement, Indented);
        if (fields && IsForm)
        {
            Form = FormInput.From(JsonSerializer.Deserialize<ReportForm>(found, SettingsJson.Options)!);
        }
        else if (fields)
        {
            Periods = PeriodRulesInput.From(JsonSerializer.Deserialize<PeriodCalendar>(found, SettingsJson.Options)!);
        }

        return true;
    }

    private string Key => IsForm ? VersionedResources.ReportForms : VersionedResources.ReportPeriods;
}
