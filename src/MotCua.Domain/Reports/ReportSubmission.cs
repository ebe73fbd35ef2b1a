using MotCua.Domain.Files;

namespace MotCua.Domain.Reports;

/// <summary>
/// One version of a unit's report for a period sent to its parent (REPORTS.md §6): the figures frozen as they were
/// computed when the leader submitted them, the printed PDF kept in the file store, and the parent's decision. A
/// returned report is submitted again as a new version; the earlier versions stay as its history.
/// </summary>
public sealed class ReportSubmission
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The form's code without the level's letter (II.06), so that a unit's versions are found whatever letter it printed.</summary>
    public required string FormCode { get; init; }

    public Guid UnitId { get; init; }

    public required string PeriodCode { get; init; }

    public int Version { get; init; }

    public SubmissionStatus Status { get; private set; }

    public DateTimeOffset SubmittedAt { get; init; }

    public required string SubmittedBy { get; init; }

    /// <summary>The report as JSON, exactly as the API answered it at submission.</summary>
    public required string Figures { get; init; }

    /// <summary>The report as printed when it was submitted.</summary>
    public required StoredFile Pdf { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? ReturnReason { get; private set; }

    /// <summary>Only a report waiting for the parent can be accepted or returned.</summary>
    public bool AwaitsDecision => Status == SubmissionStatus.Submitted;

    /// <summary>A new version may follow a returned one, never one waiting or accepted.</summary>
    public static bool MayFollow(ReportSubmission? latest) => latest is null || latest.Status == SubmissionStatus.Returned;

    /// <exception cref="InvalidOperationException">The report does not await a decision.</exception>
    public void Decide(bool accept, string by, DateTimeOffset at, string? reason)
    {
        if (!AwaitsDecision)
        {
            throw new InvalidOperationException($"Report submission {Id} was already {Status}.");
        }

        Status = accept ? SubmissionStatus.Accepted : SubmissionStatus.Returned;
        DecidedBy = by;
        DecidedAt = at;
        ReturnReason = accept ? null : reason;
    }
}
