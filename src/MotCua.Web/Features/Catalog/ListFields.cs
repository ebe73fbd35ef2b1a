using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record FieldInfo(string Name, int Procedures);

/// <summary>Lĩnh vực with the number of active procedures in each, for browsing and filters.</summary>
public sealed class ListFields(MotCuaDbContext db)
{
    public async Task<IReadOnlyList<FieldInfo>> HandleAsync(CancellationToken ct) =>
        (await db.Procedures.AsNoTracking()
            .Where(p => p.Status == ProcedureStatus.Active)
            .GroupBy(p => p.Field)
            .Select(g => new FieldInfo(g.Key, g.Count()))
            .ToListAsync(ct))
        .OrderBy(f => f.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
        .ToList();
}
