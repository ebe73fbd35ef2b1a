namespace MotCua.Domain.Reports;

/// <summary>
/// A unit's narrative report on administrative procedure control for a period (REPORTS.md §4, "quarterly narrative
/// report"): its number and its own words in three parts — results, difficulties and limitations, proposals — kept as a
/// draft the unit's officers edit until the leader issues it; the figures come live from the forms until then, and the
/// PDF printed at issue is kept in the file store.
/// </summary>
public sealed class ReportNarrative
{
    public const int MaxSection = 20_000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UnitId { get; init; }

    public required string PeriodCode { get; init; }

    /// <summary>The document's number as the unit's register gives it ("15/BC-UBND"); empty until numbered.</summary>
    public string Number { get; private set; } = string.Empty;

    public string Results { get; private set; } = string.Empty;

    public string Difficulties { get; private set; } = string.Empty;

    public string Proposals { get; private set; } = string.Empty;

    public required string UpdatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? IssuedAt { get; private set; }

    public string? IssuedBy { get; private set; }

    /// <summary>The SHA-256 of the PDF printed at issue.</summary>
    public string? PdfSha256 { get; private set; }

    public bool Issued => IssuedAt is not null;

    /// <exception cref="InvalidOperationException">The report was issued: its words are those printed.</exception>
    public void Edit(string number, string results, string difficulties, string proposals, string by, DateTimeOffset at)
    {
        if (Issued)
        {
            throw new InvalidOperationException($"Narrative report {Id} was issued.");
        }

        (Number, Results, Difficulties, Proposals, UpdatedBy, UpdatedAt) = (number, results, difficulties, proposals, by, at);
    }

    /// <exception cref="InvalidOperationException">The report was issued already.</exception>
    public void Issue(string by, DateTimeOffset at, string pdfSha256)
    {
        if (Issued)
        {
            throw new InvalidOperationException($"Narrative report {Id} was issued.");
        }

        (IssuedBy, IssuedAt, PdfSha256) = (by, at, pdfSha256);
    }
}
