using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Common;

/// <summary>One version of a versioned resource as listed: the shipped one has no author.</summary>
public sealed record ResourceVersionInfo(string Version, DateOnly EffectiveFrom, string? SavedBy, DateTimeOffset? SavedAt, bool Shipped);

/// <summary>
/// The rule sets shipped as data that the administrator edits (<see cref="ResourceVersion"/>): each saved version is
/// checked by its owner before it comes here, kept as JSON, and never changed — a correction is a new version.
/// </summary>
public sealed class VersionedResources(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock)
{
    public const string IndicatorTable = "indicator-table";
    public const string ReportPeriods = "report-periods";
    public const string ReportForms = "report-forms";

    /// <summary>The shipped resources are a few KB: a thousand times that is no rule set.</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The JSON of the saved version in force on <paramref name="day"/>: the latest effective date on or before it, the later saved on a tie.</summary>
    public Task<string?> InForceAsync(string resource, DateOnly day, CancellationToken ct) =>
        db.ResourceVersions.AsNoTracking().Where(v => v.Resource == resource && v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Id).Select(v => v.Json).FirstOrDefaultAsync(ct);

    /// <summary>Every saved version, oldest effective date first, the earlier saved first on a tie.</summary>
    public async Task<IReadOnlyList<ResourceVersion>> SavedAsync(string resource, CancellationToken ct) =>
        await db.ResourceVersions.AsNoTracking().Where(v => v.Resource == resource).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Id).ToListAsync(ct);

    /// <summary>The same, read synchronously, for a service built per request from the versions (a factory cannot await).</summary>
    public IReadOnlyList<string> SavedJson(string resource) =>
        [.. db.ResourceVersions.AsNoTracking().Where(v => v.Resource == resource).OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Id).Select(v => v.Json)];

    public Task<string?> FindAsync(string resource, string version, CancellationToken ct) =>
        db.ResourceVersions.AsNoTracking().Where(v => v.Resource == resource && v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);

    public static async Task<Outcome<string>> ReadAsync(Stream body, CancellationToken ct)
    {
        var bytes = await BoundedBody.ReadAsync(body, MaxBytes, ct);
        return bytes.Failed ? bytes.Error : System.Text.Encoding.UTF8.GetString(bytes.Value);
    }

    /// <summary>Saves a checked version; a version name the shipped resource or a saved version has → 409.</summary>
    public async Task<Outcome<ResourceVersionInfo>> SaveAsync(
        string resource, string version, DateOnly effectiveFrom, string json, IReadOnlyCollection<string> shipped, Text conflict, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        if (shipped.Contains(version) || await db.ResourceVersions.AnyAsync(v => v.Resource == resource && v.Version == version, ct))
        {
            return Error.Conflict(conflict);
        }

        var row = new ResourceVersion { Resource = resource, Version = version, EffectiveFrom = effectiveFrom, Json = json, SavedBy = officer.UserName, SavedAt = clock.GetUtcNow() };
        db.ResourceVersions.Add(row);
        await db.SaveChangesAsync(ct);
        return Info(row);
    }

    public static ResourceVersionInfo Info(ResourceVersion row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Version, row.EffectiveFrom, row.SavedBy, row.SavedAt, false);
    }

    /// <summary>400 listing every problem under <paramref name="field"/>, nothing saved.</summary>
    public static Error Refused(string field, IReadOnlyList<TableProblem> problems) =>
        Error.Validation(new Dictionary<string, Text[]> { [field] = [.. problems.Select(Text.From)] });
}
