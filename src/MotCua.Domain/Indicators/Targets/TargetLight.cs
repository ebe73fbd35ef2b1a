namespace MotCua.Domain.Indicators.Targets;

/// <summary>The traffic light of an actual value against the roadmap's minimum for the quarter.</summary>
public enum TargetLight
{
    Met,
    Near,
    Missed,

    /// <summary>Nothing to count, or no data source yet: never shown as missed.</summary>
    NoData,
}

/// <summary>How far below the minimum is still "near": the KSTTHC office's reading, not the plan's.</summary>
public static class TargetLights
{
    /// <summary>Up to this many percentage points under the minimum is near (amber); further is missed (red).</summary>
    public const decimal NearMargin = 10m;

    /// <summary>Met at or above the minimum; near within <see cref="NearMargin"/> points below it; missed further below.</summary>
    public static TargetLight Of(decimal? actualPercent, decimal minimumPercent) => actualPercent switch
    {
        null => TargetLight.NoData,
        { } a when a >= minimumPercent => TargetLight.Met,
        { } a when a >= minimumPercent - NearMargin => TargetLight.Near,
        _ => TargetLight.Missed,
    };
}
