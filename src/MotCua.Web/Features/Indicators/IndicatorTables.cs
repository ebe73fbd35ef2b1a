using MotCua.Domain.Indicators;

namespace MotCua.Web.Features.Indicators;

/// <summary>The versions of the indicator table, and the one in force on a day.</summary>
public sealed class IndicatorTables(IndicatorTable shipped)
{
    /// <summary>The version in force on <paramref name="day"/>: the shipped table until an edited one exists.</summary>
    public Task<IndicatorTable> InForceAsync(DateOnly day, CancellationToken ct) => Task.FromResult(shipped);
}
