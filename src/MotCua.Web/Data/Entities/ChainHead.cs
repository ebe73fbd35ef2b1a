namespace MotCua.Web.Data.Entities;

/// <summary>
/// The anchored end of a chained record (a dossier's history, the organization change log): how many records it holds
/// and the hash of the last, written in the same save as the record. Deleting the last record in SQL leaves it saying
/// one more, and the next record is numbered after it, never reusing the deleted number.
/// </summary>
public sealed class ChainHead
{
    /// <summary><c>dossier:{id}</c> or the name of an administrative log.</summary>
    public required string Key { get; init; }

    public int Length { get; set; }

    public string Hash { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>When records written before chaining existed were chained as found; null for a chain kept from its first record.</summary>
    public DateTimeOffset? SealedAt { get; set; }
}
