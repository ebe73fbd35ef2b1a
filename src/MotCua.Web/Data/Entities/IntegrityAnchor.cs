namespace MotCua.Web.Data.Entities;

/// <summary>
/// A day's anchor: the heads of every chain that changed that day (Vietnam time), one line each (<c>key length
/// hash</c>), and a hash over the day, the lines and the previous anchor's hash. A chain rewritten afterwards no longer
/// matches the head anchored for it; the anchors' own chain shows an anchor rewritten. Print or publish a day's hash to
/// hold it outside the database.
/// </summary>
public sealed class IntegrityAnchor
{
    public DateOnly Day { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    public required string Heads { get; init; }

    public required string Hash { get; init; }
}
