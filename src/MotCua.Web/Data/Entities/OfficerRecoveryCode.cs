namespace MotCua.Web.Data.Entities;

/// <summary>One of an officer's one-time recovery codes, kept as its hash; used, it is deleted.</summary>
public sealed class OfficerRecoveryCode
{
    public long Id { get; init; }

    public required Guid OfficerId { get; init; }

    public required string Hash { get; init; }
}
