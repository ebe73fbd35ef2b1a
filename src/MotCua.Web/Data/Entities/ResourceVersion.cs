namespace MotCua.Web.Data.Entities;

/// <summary>
/// A version of a rule set shipped as data that an administrator saved — the Decision 766 indicator table
/// (INDICATORS-766.md: "data, not code"), the reporting periods, a report form (REPORTS.md: "versioned JSON resources
/// with an effective date") — in force from <see cref="EffectiveFrom"/> until a later one; <see cref="Json"/> is the
/// version in the shipped resource's shape. The shipped version is the first and needs no row.
/// </summary>
public sealed class ResourceVersion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Which rule set: <see cref="MotCua.Web.Common.VersionedResources"/> names them.</summary>
    public required string Resource { get; init; }

    public required string Version { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public required string Json { get; init; }

    public required string SavedBy { get; init; }

    public DateTimeOffset SavedAt { get; init; }
}
