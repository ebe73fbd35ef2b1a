using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Indicators;

/// <summary>One version of the indicator table as listed: the shipped one has no author.</summary>
public sealed record TableVersionInfo(string Version, DateOnly EffectiveFrom, string? SavedBy, DateTimeOffset? SavedAt, bool Shipped);

/// <summary>
/// The versions of the indicator table: the shipped one, then those the administrator saved. The version in force on a
/// day is the one with the latest effective date on or before it (the later saved on a tie); before every version, the
/// shipped one. A saved version is never changed: a correction is a new version.
/// </summary>
public sealed class IndicatorTables(MotCuaDbContext db, IndicatorTable shipped, CurrentOfficer officer, TimeProvider clock)
{
    /// <summary>The shipped table is 8 KB: a thousand times that is no table.</summary>
    public const long MaxBytes = 1024 * 1024;

    public async Task<IndicatorTable> InForceAsync(DateOnly day, CancellationToken ct)
    {
        var json = await db.IndicatorTableVersions.AsNoTracking()
            .Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Id)
            .Select(v => v.Json)
            .FirstOrDefaultAsync(ct);
        // Stored versions were checked when saved; a row the reader refuses now is a broken database, not a user error.
        return json is null ? shipped : IndicatorTableReader.TryRead(json, out _) ?? throw new InvalidOperationException("A stored indicator table version no longer reads.");
    }

    public async Task<IReadOnlyList<TableVersionInfo>> ListAsync(CancellationToken ct)
    {
        var saved = await db.IndicatorTableVersions.AsNoTracking().OrderBy(v => v.EffectiveFrom).ThenBy(v => v.Id).ToListAsync(ct);
        return [new(shipped.Version, shipped.EffectiveFrom, null, null, true), .. saved.Select(v => new TableVersionInfo(v.Version, v.EffectiveFrom, v.SavedBy, v.SavedAt, false))];
    }

    public async Task<Outcome<IndicatorTable>> FindAsync(string version, CancellationToken ct)
    {
        if (version == shipped.Version)
        {
            return shipped;
        }

        var json = await db.IndicatorTableVersions.AsNoTracking().Where(v => v.Version == version).Select(v => v.Json).FirstOrDefaultAsync(ct);
        return json is null ? Error.NotFound(new("phiên bản bảng chỉ số", "Indicator table version"), version)
            : IndicatorTableReader.TryRead(json, out _) ?? throw new InvalidOperationException("A stored indicator table version no longer reads.");
    }

    /// <summary>POST /api/v1/indicators/tables: a new version from its JSON; malformed or inconsistent → 400 listing every problem, a version name taken → 409.</summary>
    public async Task<Outcome<TableVersionInfo>> SaveJsonAsync(Stream body, CancellationToken ct)
    {
        var json = await BoundedBody.ReadAsync(body, MaxBytes, ct);
        if (json.Failed)
        {
            return json.Error!;
        }

        var table = IndicatorTableReader.TryRead(System.Text.Encoding.UTF8.GetString(json.Value), out var problems);
        return table is null ? Refused(problems) : await SaveAsync(table, ct);
    }

    public async Task<Outcome<TableVersionInfo>> SaveAsync(IndicatorTable table, CancellationToken ct)
    {
        var problems = IndicatorTableReader.Problems(table);
        if (problems.Count > 0)
        {
            return Refused(problems);
        }

        var version = table.Version.Trim();
        if (version == shipped.Version || await db.IndicatorTableVersions.AnyAsync(v => v.Version == version, ct))
        {
            return Error.Conflict(new($"Đã có phiên bản bảng chỉ số \"{version}\": mỗi lần sửa là một phiên bản mới.", $"Indicator table version \"{version}\" exists: every change is a new version."));
        }

        var row = new IndicatorTableVersion
        {
            Version = version,
            EffectiveFrom = table.EffectiveFrom,
            Json = IndicatorTableReader.Write(table with { Version = version }),
            SavedBy = officer.UserName,
            SavedAt = clock.GetUtcNow(),
        };
        db.IndicatorTableVersions.Add(row);
        await db.SaveChangesAsync(ct);
        return new TableVersionInfo(row.Version, row.EffectiveFrom, row.SavedBy, row.SavedAt, false);
    }

    private static Error Refused(IReadOnlyList<TableProblem> problems) =>
        Error.Validation(new Dictionary<string, Text[]> { ["table"] = [.. problems.Select(p => new Text(p.Vi, p.En))] });
}
