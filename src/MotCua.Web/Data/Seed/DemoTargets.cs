using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Indicators.Targets;

namespace MotCua.Web.Data.Seed;

/// <summary>The KPI targets of seed 000 Phụ lục II (Phước Long, 2024), every row, for the town that set them.</summary>
public static class DemoTargets
{
    public static async Task SeedAsync(MotCuaDbContext db, CancellationToken ct)
    {
        var seed = KpiTargetSeed.Load(KpiTargetSeed.PhuocLong2024);
        var unit = await db.Units.SingleAsync(u => u.Code == seed.UnitCode, ct);
        db.KpiTargets.AddRange(seed.For(unit.Id));
        await db.SaveChangesAsync(ct);
    }
}
