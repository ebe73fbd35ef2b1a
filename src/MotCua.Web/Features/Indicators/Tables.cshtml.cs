using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// Bảng chỉ số 766 for the administrator: the versions, and one of them as a form whose points, maxima, thresholds,
/// parameters and rating bands he changes and saves as a new version with its effective date, checked as the API does;
/// beside it, the version as JSON to download and a JSON version to paste in (the format tables are exchanged in).
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Administrator)]
public sealed class TablesModel(IndicatorTables tables, TimeProvider clock) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public string? Version { get; set; }

    [BindProperty]
    public string? NewVersion { get; set; }

    [BindProperty]
    public string? EffectiveFrom { get; set; }

    /// <summary>Cells by key: <c>group:{id}</c>, <c>max:{id}</c>, <c>threshold:{id}</c>, <c>param:{name}</c>, <c>rating:{index}</c>.</summary>
    [BindProperty]
    public Dictionary<string, string?> Cells { get; set; } = [];

    /// <summary>A whole version as JSON, pasted in to be saved as it is.</summary>
    [BindProperty]
    public string? Json { get; set; }

    public IReadOnlyList<ResourceVersionInfo> Versions { get; private set; } = [];

    public IndicatorTable? Table { get; private set; }

    public static string Figure(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var found = await LoadAsync(ct);
        if (found.Failed)
        {
            return NotFound();
        }

        StartEdit();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var found = await LoadAsync(ct);
        if (found.Failed)
        {
            return NotFound();
        }

        var edited = Edited(found.Value);
        var saved = edited.Failed ? edited.Error : await tables.SaveAsync(edited.Value, ct);
        if (saved.Failed)
        {
            Refuse(saved.Error);
            return Page();
        }

        return RedirectToPage(new { version = saved.Value.Version });
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var saved = await tables.SaveJsonAsync(Json ?? string.Empty, ct);
        if (saved.Failed)
        {
            await LoadAsync(ct);
            StartEdit();
            Refuse(saved.Error);
            return Page();
        }

        return RedirectToPage(new { version = saved.Value.Version });
    }

    /// <summary>The form starts with no new name and today's date.</summary>
    private void StartEdit()
    {
        NewVersion = null;
        EffectiveFrom = DossierPeriod.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private async Task<Outcome<IndicatorTable>> LoadAsync(CancellationToken ct)
    {
        Versions = await tables.ListAsync(ct);
        var found = Version is { Length: > 0 } v ? await tables.FindAsync(v, ct) : await tables.InForceAsync(DossierPeriod.Today(clock), ct);
        Table = found.Failed ? null : found.Value;
        Version = Table?.Version;
        return found;
    }

    /// <summary>The base version with the form's cells; a cell that is not a number is refused by its name in words, nothing saved.</summary>
    private Outcome<IndicatorTable> Edited(IndicatorTable table)
    {
        var errors = new Dictionary<string, Text[]>();
        decimal? Number(string key, decimal? current, bool optional = false)
        {
            if (!Cells.TryGetValue(key, out var text))
            {
                return current;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return optional ? null : current;
            }

            if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            var cell = TableLabels.Cell(table, key);
            errors[key] = [new($"{cell}: \"{text}\" không phải là một số.", $"{cell}: \"{text}\" is not a number.")];
            return current;
        }

        if (string.IsNullOrWhiteSpace(NewVersion))
        {
            errors["newVersion"] = [new("Nhập tên phiên bản mới, ví dụ 766-2022.v2.", "Enter the new version's name, e.g. 766-2022.v2.")];
        }

        if (!DateOnly.TryParseExact(EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
        {
            errors["effectiveFrom"] = [new("Chưa chọn ngày hiệu lực của phiên bản mới.", "Choose the day the new version takes effect.")];
        }

        var result = table with
        {
            Version = NewVersion?.Trim() ?? string.Empty,
            EffectiveFrom = effective,
            Parameters = table.Parameters.ToDictionary(p => p.Key, p => Number("param:" + p.Key, p.Value) ?? p.Value),
            Ratings = [.. table.Ratings.Select((r, i) => r with { Minimum = Number(string.Create(CultureInfo.InvariantCulture, $"rating:{i}"), r.Minimum) ?? r.Minimum })],
            Groups =
            [
                .. table.Groups.Select(g => g with
                {
                    Maximum = Number("group:" + g.Id, g.Maximum) ?? g.Maximum,
                    Indicators = [.. g.Indicators.Select(i => i with { Maximum = Number("max:" + i.Id, i.Maximum) ?? i.Maximum, Threshold = Number("threshold:" + i.Id, i.Threshold, optional: true) })],
                }),
            ],
        };
        return errors.Count > 0 ? Error.Validation(errors) : result;
    }
}
