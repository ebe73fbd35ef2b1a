using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Plans;

/// <summary>The lead unit and the coordinating units of a plan's line (a task, a procedure to review), by their codes.</summary>
public static class PlanUnits
{
    /// <summary>The lead unit (null, with the problem in <paramref name="errors"/>, when missing or unknown) and the known coordinating codes.</summary>
    public static async Task<(Unit? Lead, List<string> Coordinating)> ReadAsync(
        MotCuaDbContext db, string? leadUnitCode, IReadOnlyList<string>? coordinatingUnitCodes, Dictionary<string, Text[]> errors, CancellationToken ct)
    {
        var codes = (coordinatingUnitCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct().ToList();
        var leadCode = leadUnitCode?.Trim() ?? "";
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) || u.Code == leadCode).ToDictionaryAsync(u => u.Code, ct);
        if (leadCode.Length == 0)
        {
            errors["leadUnitCode"] = [new("Chưa nhập đơn vị chủ trì.", "The lead unit is required.")];
        }
        else if (!units.ContainsKey(leadCode))
        {
            errors["leadUnitCode"] = [Unknown(leadCode)];
        }

        var unknown = codes.Where(c => !units.ContainsKey(c)).Select(Unknown).ToArray();
        if (unknown.Length > 0)
        {
            errors["coordinatingUnitCodes"] = unknown;
        }

        return (units.GetValueOrDefault(leadCode), codes);
    }

    /// <summary>The units' names for a line's comma-separated codes, then the agencies the plan names in words.</summary>
    public static string Names(string codes, string? worded, IEnumerable<Unit> units) => string.Join(", ", codes
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => units.First(u => u.Code == c).Name).Append(worded).OfType<string>());

    /// <summary>A month of a plan's year as the seeds' tables write it: 01/2024.</summary>
    public static string Month(int month, int year) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{month:00}/{year}");

    private static Text Unknown(string code) => new($"Không có đơn vị mã \"{code}\".", $"There is no unit \"{code}\".");
}
