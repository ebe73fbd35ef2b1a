using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Indicators.Targets;

/// <summary>A plan's table of KPI targets as shipped (seed 000 Phụ lục II), every row as the plan writes it.</summary>
public sealed record KpiTargetSeed(string Source, string UnitCode, int Year, IReadOnlyList<KpiTargetSeed.Row> Targets)
{
    public const string PhuocLong2024 = "MotCua.Domain.Indicators.Targets.kpi-targets-phuoc-long-2024.json";

    public sealed record Row(
        string Task, TargetIndicator Indicator, IReadOnlyList<UnitKind> AppliesTo, string Lead, string Coordinating,
        decimal Annual, IReadOnlyList<decimal> Quarters, string? Note);

    public static KpiTargetSeed Load(string resource)
    {
        using Stream stream = typeof(KpiTargetSeed).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the assembly.");
        return JsonSerializer.Deserialize<KpiTargetSeed>(stream, OfficialSchedules.JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is empty.");
    }

    /// <summary>The rows as targets of <paramref name="unitId"/>.</summary>
    public IEnumerable<KpiTarget> For(Guid unitId) => Targets.Select(r => new KpiTarget
    {
        UnitId = unitId, Year = Year, Task = r.Task, Indicator = r.Indicator, AppliesTo = [.. r.AppliesTo], Lead = r.Lead, Coordinating = r.Coordinating,
        Annual = r.Annual, Q1 = r.Quarters[0], Q2 = r.Quarters[1], Q3 = r.Quarters[2], Q4 = r.Quarters[3], Note = r.Note,
    });
}
