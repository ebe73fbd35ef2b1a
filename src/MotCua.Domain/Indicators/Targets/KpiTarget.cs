using MotCua.Domain.Organization;

namespace MotCua.Domain.Indicators.Targets;

/// <summary>
/// One row of a unit's yearly KPI targets (chỉ tiêu, seed 000 Phụ lục II): the indicator, the kinds of units under
/// it that must reach it, the year's target and the roadmap's minimum for each quarter, in percent.
/// </summary>
public sealed class KpiTarget
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The unit that set the targets (a district or commune People's Committee, or the province).</summary>
    public Guid UnitId { get; init; }

    public int Year { get; init; }

    /// <summary>The task number in the plan ("01"…"11").</summary>
    public string Task { get; set; } = string.Empty;

    public TargetIndicator Indicator { get; init; }

    /// <summary>The kinds of units under <see cref="UnitId"/> the target is set for (its unit group).</summary>
    public List<UnitKind> AppliesTo { get; set; } = [];

    public string Lead { get; set; } = string.Empty;

    public string Coordinating { get; set; } = string.Empty;

    public decimal Annual { get; set; }

    public decimal Q1 { get; set; }

    public decimal Q2 { get; set; }

    public decimal Q3 { get; set; }

    public decimal Q4 { get; set; }

    public string? Note { get; set; }

    /// <summary>The roadmap's minimum for quarter 1–4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a quarter.</exception>
    public decimal Minimum(int quarter) => quarter switch
    {
        1 => Q1,
        2 => Q2,
        3 => Q3,
        4 => Q4,
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4."),
    };

    /// <summary>The same row for the next year, to be changed there.</summary>
    public KpiTarget ForYear(int year) => new()
    {
        UnitId = UnitId, Year = year, Task = Task, Indicator = Indicator, AppliesTo = [.. AppliesTo], Lead = Lead, Coordinating = Coordinating,
        Annual = Annual, Q1 = Q1, Q2 = Q2, Q3 = Q3, Q4 = Q4, Note = Note,
    };
}
