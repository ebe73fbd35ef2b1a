using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record FeedbackDetail(
    string Code, FeedbackKind Kind, string Title, string Content, string? DossierCode, string? ProcedureCode,
    string UnitCode, FeedbackSender Sender, string? EnteredBy, FeedbackStatus Status, bool Late,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset? AssignedAt, DateTimeOffset? InformationRequestedAt,
    DateTimeOffset? RefusedAt, DateTimeOffset? AnsweredAt, DateTimeOffset? PublishedAt, DateTimeOffset? ClosedAt,
    string? Answer, string? RefusalReason, int SatisfiedVotes, int UnsatisfiedVotes,
    IReadOnlyList<string> AllowedActions, IReadOnlyList<FeedbackHistoryLine> History, IReadOnlyList<FeedbackFile> Files);

public sealed record FeedbackHistoryLine(int Sequence, string Type, DateTimeOffset At, string ByUserName, string UnitCode, FeedbackStatus? FromStatus, FeedbackStatus ToStatus, string? Note);

/// <summary>A feedback in full for an officer who may see it: the sender, every milestone, what he may do now, the history.</summary>
public sealed class GetFeedback(MotCuaDbContext db, FeedbackPermissions permissions, TimeProvider clock, UnitDirectory directory)
{
    public async Task<Outcome<FeedbackDetail>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await permissions.FindVisibleAsync(code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var f = found.Value;
        var codes = await directory.CodesAsync(db, ct);
        var files = await db.FeedbackAttachments.AsNoTracking().Where(a => a.FeedbackId == f.Id).OrderBy(a => a.UploadedAt)
            .Select(a => new FeedbackFile(a.Id, a.File.FileName, a.File.MediaType, a.File.Size)).ToListAsync(ct);
        var events = await db.FeedbackEvents.AsNoTracking().Where(e => e.FeedbackId == f.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var allowed = new List<string>();
        foreach (var action in FeedbackWorkflow.Allowed(f.Status))
        {
            if (await permissions.MayTakeAsync(action, f.UnitId, ct))
            {
                allowed.Add(FeedbackActions.Name(action));
            }
        }

        var vn = WorkingCalendar.VietnamOffset;
        return new FeedbackDetail(
            f.Code, f.Kind, f.Title, f.Content, f.DossierCode, f.ProcedureCode, codes[f.UnitId], f.Sender, f.EnteredBy, f.Status,
            FeedbackLateness.IsLate(f, clock.GetUtcNow()),
            f.ReceivedAt.ToOffset(vn), f.DueAt.ToOffset(vn), f.AssignedAt?.ToOffset(vn), f.InformationRequestedAt?.ToOffset(vn),
            f.RefusedAt?.ToOffset(vn), f.AnsweredAt?.ToOffset(vn), f.PublishedAt?.ToOffset(vn), f.ClosedAt?.ToOffset(vn),
            f.Answer, f.RefusalReason, f.SatisfiedVotes, f.UnsatisfiedVotes, allowed,
            events.Select(e => new FeedbackHistoryLine(e.Sequence, e.Type, e.At.ToOffset(vn), e.ByUserName, codes[e.UnitId], e.FromStatus, e.ToStatus, e.Note)).ToList(),
            files);
    }
}
