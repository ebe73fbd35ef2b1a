using System.Text.Json;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>The versions of the period rules and of the forms: the shipped ones, then those the administrator saved.</summary>
public sealed record ReportSettingsInfo(IReadOnlyList<ResourceVersionInfo> Periods, IReadOnlyList<ResourceVersionInfo> Forms);

/// <summary>
/// The period rules and the report forms as data the administrator edits (REPORTS.md: "versioned JSON resources with
/// an effective date"): the shipped resources are the first versions; a saved period rule set is in force for the
/// periods that begin on or after its effective date, a saved form version supersedes the earlier ones of its code from
/// its effective date. Each request reads the saved versions afresh, so that every node computes with the same rules.
/// </summary>
public sealed class ReportSettings(VersionedResources store)
{
    private static readonly Lazy<ReportPeriods> ShippedPeriods = new(ReportPeriods.Shipped);
    private static readonly Lazy<ReportForms> ShippedForms = new(ReportForms.Shipped);

    public ReportPeriods Periods() =>
        new([.. ShippedPeriods.Value.Versions, .. store.SavedJson(VersionedResources.ReportPeriods).Select(Stored<PeriodCalendar>(ReportPeriods.Problems))]);

    public ReportForms Forms() =>
        new([.. ShippedForms.Value.All, .. store.SavedJson(VersionedResources.ReportForms).Select(Stored<ReportForm>(ReportForms.Problems))]);

    public async Task<ReportSettingsInfo> ListAsync(CancellationToken ct)
    {
        var periods = await store.SavedAsync(VersionedResources.ReportPeriods, ct);
        var forms = await store.SavedAsync(VersionedResources.ReportForms, ct);
        return new(
            [.. ShippedPeriods.Value.Versions.Select(v => new ResourceVersionInfo(v.Version, v.EffectiveFrom, null, null, true)), .. periods.Select(VersionedResources.Info)],
            [.. ShippedForms.Value.All.Select(f => new ResourceVersionInfo(FormVersion(f), f.EffectiveFrom, null, null, true)), .. forms.Select(VersionedResources.Info)]);
    }

    /// <summary>The JSON of a version, shipped or saved, for the administrator to start an edit from; null when there is none.</summary>
    public async Task<string?> JsonAsync(string resource, string version, CancellationToken ct) => resource switch
    {
        VersionedResources.ReportPeriods => ShippedPeriods.Value.Versions.FirstOrDefault(v => v.Version == version) is { } shipped
            ? SettingsJson.Write(shipped) : await store.FindAsync(resource, version, ct),
        _ => ShippedForms.Value.All.FirstOrDefault(f => FormVersion(f) == version) is { } form
            ? SettingsJson.Write(form) : await store.FindAsync(resource, version, ct),
    };

    /// <summary>GET …/settings/{periods|forms}/{version}: a version as JSON in the shipped resource's shape.</summary>
    public async Task<Outcome<JsonElement>> FindAsync(string resource, string version, CancellationToken ct) =>
        await JsonAsync(resource, version, ct) is { } json ? JsonDocument.Parse(json).RootElement.Clone() : Error.NotFound(new("phiên bản", "Version"), version);

    /// <summary>POST …/settings/periods or …/settings/forms: a new version from the body.</summary>
    public async Task<Outcome<ResourceVersionInfo>> SaveJsonAsync(string resource, Stream body, CancellationToken ct)
    {
        var json = await VersionedResources.ReadAsync(body, ct);
        return json.Failed ? json.Error : await SaveAsync(resource, json.Value, ct);
    }

    public Task<Outcome<ResourceVersionInfo>> SaveAsync(string resource, string json, CancellationToken ct) =>
        resource == VersionedResources.ReportPeriods ? SavePeriodsAsync(json, ct) : SaveFormAsync(json, ct);

    /// <summary>One version of the period rules; every problem listed, nothing saved on any.</summary>
    private async Task<Outcome<ResourceVersionInfo>> SavePeriodsAsync(string json, CancellationToken ct)
    {
        var rules = SettingsJson.TryRead<PeriodCalendar>(json, ReportPeriods.Problems, out var problems);
        if (rules is null)
        {
            return VersionedResources.Refused("periods", problems);
        }

        var version = rules.Version.Trim();
        return await store.SaveAsync(
            VersionedResources.ReportPeriods, version, rules.EffectiveFrom, SettingsJson.Write(rules with { Version = version }), [.. ShippedPeriods.Value.Versions.Select(v => v.Version)],
            new($"Đã có phiên bản quy định kỳ báo cáo \"{version}\": mỗi lần sửa là một phiên bản mới.", $"Period rules version \"{version}\" exists: every change is a new version."), ct);
    }

    /// <summary>One version of one form; its measures must be those the product fills for its content.</summary>
    private async Task<Outcome<ResourceVersionInfo>> SaveFormAsync(string json, CancellationToken ct)
    {
        var form = SettingsJson.TryRead<ReportForm>(json, FormProblems, out var problems);
        if (form is null)
        {
            return VersionedResources.Refused("form", problems);
        }

        var trimmed = form with { Code = form.Code.Trim(), Version = form.Version.Trim() };
        var version = FormVersion(trimmed);
        return await store.SaveAsync(
            VersionedResources.ReportForms, version, trimmed.EffectiveFrom, SettingsJson.Write(trimmed), [.. ShippedForms.Value.All.Select(FormVersion)],
            new($"Đã có phiên bản biểu \"{version}\": mỗi lần sửa là một phiên bản mới.", $"Form version \"{version}\" exists: every change is a new version."), ct);
    }

    /// <summary>Forms share version names ("2020"): a version is named with its form's code.</summary>
    public static string FormVersion(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return $"{form.Code} {form.Version}";
    }

    /// <summary>
    /// The measures the product fills for forms of <paramref name="content"/>, each with the header of the shipped column
    /// it fills: the words the form's editor offers them by.
    /// </summary>
    public static IReadOnlyList<(string Measure, string Header)> MeasuresOf(FormContent content) =>
        [.. ShippedForms.Value.All.Where(f => f.Content == content).SelectMany(f => f.Columns).Where(c => c.Measure is not null).DistinctBy(c => c.Measure).Select(c => (c.Measure!, c.Header))];

    private static IReadOnlyList<TableProblem> FormProblems(ReportForm form)
    {
        var known = MeasuresOf(form.Content).Select(m => m.Measure).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. ReportForms.Problems(form),
            .. form.Columns.Where(c => c.Measure is { } m && !known.Contains(m)).Select(c => new TableProblem(
                $"Biểu {form.Code}: cột {c.Number} dùng chỉ số đo \"{c.Measure}\" không có cho loại biểu {form.Content}.",
                $"Form {form.Code}: column {c.Number} uses the measure \"{c.Measure}\", unknown for content {form.Content}.")),
        ];
    }

    // Stored versions were checked when saved; a row the reader refuses now is a broken database, not a user error.
    private static Func<string, T> Stored<T>(Func<T, IReadOnlyList<TableProblem>> check)
        where T : class => json => SettingsJson.TryRead(json, check, out _) ?? throw new InvalidOperationException($"A stored {typeof(T).Name} version no longer reads.");
}
