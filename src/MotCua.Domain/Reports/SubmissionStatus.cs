namespace MotCua.Domain.Reports;

/// <summary>Where a submitted report stands with the parent unit (REPORTS.md §6); a draft is computed live and never stored.</summary>
public enum SubmissionStatus
{
    Submitted,
    Accepted,
    Returned,
}
