namespace MotCua.Web.Data.Entities;

/// <summary>
/// A version of the Decision 766 indicator table an administrator saved (INDICATORS-766.md: "data, not code"), in force
/// from <see cref="EffectiveFrom"/> until a later one; <see cref="Json"/> is the table in the shipped resource's shape.
/// The shipped table is the first version and needs no row.
/// </summary>
public sealed class IndicatorTableVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Version { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public required string Json { get; init; }

    public required string SavedBy { get; init; }

    public DateTimeOffset SavedAt { get; init; }
}
