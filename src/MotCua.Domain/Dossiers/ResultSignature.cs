namespace MotCua.Domain.Dossiers;

/// <summary>
/// Who signed an electronic result, as its verified digital signature says: the certificate's subject (common name and
/// organization), its serial number and issuer, and when it was signed. An electronic result has legal value only when
/// signed (Decree 45/2020/NĐ-CP art. 25; Law on Electronic Transactions 2023): only a result with one counts as electronic
/// in the index.
/// </summary>
public sealed record ResultSignature
{
    public const int MaxName = 300;

    public const int MaxSerial = 80;

    public required string Signer { get; init; }

    public string? Organization { get; init; }

    public required string SerialNumber { get; init; }

    public required string Issuer { get; init; }

    public DateTimeOffset SignedAt { get; init; }
}
