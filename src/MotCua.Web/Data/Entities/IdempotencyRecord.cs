namespace MotCua.Web.Data.Entities;

/// <summary>The first answer to a write sent with an Idempotency-Key, replayed on a retry.</summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; init; }

    public required string RequestHash { get; init; }

    public int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public required byte[] Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
