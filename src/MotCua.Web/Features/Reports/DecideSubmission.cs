using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// POST /api/v1/reports/{form}/submissions/{id}/accept | /return (REPORTS.md §6): a leader or KSTTHC officer of the
/// parent unit (or a unit above it) accepts a submitted report or returns it with a reason; the unit then submits a new
/// version. A report already decided cannot be decided again.
/// </summary>
public sealed class DecideSubmission(MotCuaDbContext db, GetSubmission submissions, DossierPermissions permissions, TimeProvider clock)
{
    public const int MaxReason = 1000;

    public async Task<Outcome<SubmissionInfo>> HandleAsync(string form, Guid id, bool accept, ReturnRequest? request, CancellationToken ct)
    {
        var reason = request?.Reason?.Trim();
        if (!accept && (string.IsNullOrEmpty(reason) || reason.Length > MaxReason))
        {
            return Error.Validation("reason", new Text("Nhập lý do trả lại báo cáo (tối đa {0} ký tự).", "Give the reason for returning the report (at most {0} characters).").Format(MaxReason));
        }

        var found = await submissions.FindAsync(form, id, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var submission = found.Value;
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == submission.UnitId, ct);

        if (unit.ParentId is not { } parent || !await permissions.HoldsAsync(parent, ct, Role.Leader, Role.KsttOfficer))
        {
            return Error.Forbidden(new("Chỉ lãnh đạo hoặc cán bộ KSTTHC của đơn vị cấp trên được tiếp nhận hoặc trả lại báo cáo.", "Only a leader or KSTTHC officer of the parent unit may accept or return the report."));
        }

        if (!submission.AwaitsDecision)
        {
            return Error.Conflict(new("Báo cáo này đã được tiếp nhận hoặc trả lại.", "This report was already accepted or returned."));
        }

        submission.Decide(accept, permissions.UserName, clock.GetUtcNow(), reason);
        await db.SaveChangesAsync(ct);
        return SubmissionInfo.Of(submission, unit.Code);
    }
}
