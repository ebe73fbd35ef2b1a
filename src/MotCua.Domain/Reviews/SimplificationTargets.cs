namespace MotCua.Domain.Reviews;

/// <summary>
/// The yearly targets of review and simplification (DOMAIN.md §10; seeds 001 and 002): at least 10 % of a unit's
/// procedures simplified, and declared information or compliance cost cut by at least 20 %. A figure with no data
/// meets no target.
/// </summary>
public static class SimplificationTargets
{
    public const decimal SimplifiedProceduresPercent = 10m;

    public const decimal ReductionPercent = 20m;

    public static bool MeetsSimplified(decimal? percent) => percent >= SimplifiedProceduresPercent;

    public static bool MeetsReduction(decimal? percent) => percent >= ReductionPercent;
}
