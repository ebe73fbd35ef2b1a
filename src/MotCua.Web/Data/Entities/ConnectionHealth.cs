namespace MotCua.Web.Data.Entities;

/// <summary>
/// The last time an outside system answered, and the last time it did not, one row per connection
/// (<c>/Connections</c>). Kept in the database so that every node's sends count, not only the one the administrator
/// happens to ask.
/// </summary>
public sealed class ConnectionHealth
{
    public required string Key { get; init; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    /// <summary>What went wrong the last time, as the other side or the network said it.</summary>
    public string? LastFailure { get; set; }
}
