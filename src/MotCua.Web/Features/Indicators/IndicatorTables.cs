using MotCua.Domain.Indicators;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// The versions of the indicator table: the shipped one, then those the administrator saved. The version in force on a
/// day is the one with the latest effective date on or before it (the later saved on a tie); before every version, the
/// shipped one. A saved version is never changed: a correction is a new version.
/// </summary>
public sealed class IndicatorTables(VersionedResources store, IndicatorTable shipped)
{
    public async Task<IndicatorTable> InForceAsync(DateOnly day, CancellationToken ct)
    {
        var json = await store.InForceAsync(VersionedResources.IndicatorTable, day, ct);
        return json is null ? shipped : Stored(json);
    }

    public async Task<IReadOnlyList<ResourceVersionInfo>> ListAsync(CancellationToken ct)
    {
        var saved = await store.SavedAsync(VersionedResources.IndicatorTable, ct);
        return [new(shipped.Version, shipped.EffectiveFrom, null, null, true), .. saved.Select(VersionedResources.Info)];
    }

    public async Task<Outcome<IndicatorTable>> FindAsync(string version, CancellationToken ct)
    {
        if (version == shipped.Version)
        {
            return shipped;
        }

        var json = await store.FindAsync(VersionedResources.IndicatorTable, version, ct);
        return json is null ? Error.NotFound(new("phiên bản bảng chỉ số", "Indicator table version"), version) : Stored(json);
    }

    /// <summary>POST /api/v1/indicators/tables: a new version from its JSON; malformed or inconsistent → 400 listing every problem, a version name taken → 409.</summary>
    public async Task<Outcome<ResourceVersionInfo>> SaveJsonAsync(Stream body, CancellationToken ct)
    {
        var json = await VersionedResources.ReadAsync(body, ct);
        return json.Failed ? json.Error : await SaveJsonAsync(json.Value, ct);
    }

    /// <summary>A new version from the JSON the administrator pasted on the page, checked as the API checks it.</summary>
    public async Task<Outcome<ResourceVersionInfo>> SaveJsonAsync(string json, CancellationToken ct)
    {
        var table = IndicatorTableReader.TryRead(json, out var problems);
        return table is null ? VersionedResources.Refused("table", problems) : await SaveAsync(table, ct);
    }

    public async Task<Outcome<ResourceVersionInfo>> SaveAsync(IndicatorTable table, CancellationToken ct)
    {
        var problems = IndicatorTableReader.Problems(table);
        if (problems.Count > 0)
        {
            return VersionedResources.Refused("table", problems);
        }

        var version = table.Version.Trim();
        return await store.SaveAsync(
            VersionedResources.IndicatorTable, version, table.EffectiveFrom, IndicatorTableReader.Write(table with { Version = version }), [shipped.Version],
            new($"Đã có phiên bản bảng chỉ số \"{version}\": mỗi lần sửa là một phiên bản mới.", $"Indicator table version \"{version}\" exists: every change is a new version."), ct);
    }

    // Stored versions were checked when saved; a row the reader refuses now is a broken database, not a user error.
    private static IndicatorTable Stored(string json) =>
        IndicatorTableReader.TryRead(json, out _) ?? throw new InvalidOperationException("A stored indicator table version no longer reads.");
}
