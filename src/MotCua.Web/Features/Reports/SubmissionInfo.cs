using MotCua.Domain.Reports;

namespace MotCua.Web.Features.Reports;

/// <summary>POST /api/v1/reports/{form}/submissions: the unit whose leader submits, and the period by its code.</summary>
public sealed record SubmissionRequest(string? UnitCode, string? Period);

/// <summary>POST …/submissions/{id}/return: why the parent sends the report back.</summary>
public sealed record ReturnRequest(string? Reason);

/// <summary>One version of a submitted report, without its figures (GET …/submissions/{id} gives them).</summary>
public sealed record SubmissionInfo(
    Guid Id, string Form, string UnitCode, string Period, int Version, string Status, DateTimeOffset SubmittedAt, string SubmittedBy,
    DateTimeOffset? DecidedAt, string? DecidedBy, string? ReturnReason)
{
    public static SubmissionInfo Of(ReportSubmission s, string unitCode) => new(
        s.Id, s.FormCode, unitCode, s.PeriodCode, s.Version, s.Status.ToString().ToLowerInvariant(), s.SubmittedAt.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset),
        s.SubmittedBy, s.DecidedAt?.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset), s.DecidedBy, s.ReturnReason);
}

/// <summary>
/// A sub-unit of the parent for the period: its deadline, its latest version's state (<c>notSubmitted</c> when none),
/// whether it is late (submitted after the deadline, or not yet submitted once it has passed), and its history.
/// </summary>
public sealed record SubUnitSubmission(string UnitCode, string UnitName, DateOnly? Deadline, string State, bool Late, SubmissionInfo? Latest, IReadOnlyList<SubmissionInfo> History);

/// <summary>GET …/submissions: who of the parent's sub-units submitted the period's report, when, and who is late.</summary>
public sealed record SubmissionBoard(string Form, string ParentUnitCode, PeriodInfo Period, int Submitted, int Late, IReadOnlyList<SubUnitSubmission> Units);
