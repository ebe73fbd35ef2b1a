using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Tiếp nhận phản ánh, kiến nghị (DOMAIN.md §6): anyone, signed in or not. The feedback goes to the unit the sender
/// named, else the unit of the dossier he named, else the province, whose KSTTHC office routes it on. Code, feedback,
/// first event and the sender's acknowledgement are written in one transaction.
/// </summary>
public sealed class SubmitFeedback(MotCuaDbContext db, CurrentOfficer officer, CalendarSource calendars, IFileStore store, TimeProvider clock)
{
    /// <summary>Files a sender may join: photos or copies of papers, already checked by their content.</summary>
    public const int MaxFiles = 3;

    /// <summary>Who an event names when a citizen acted without an account.</summary>
    public const string Citizen = "public";

    /// <summary>The event a feedback's history gets when a later one complains about its answer.</summary>
    public const string Complaint = "complaint";

    public async Task<Outcome<FeedbackReceipt>> HandleAsync(FeedbackRequest request, CancellationToken ct) => await HandleAsync(request, [], ct);

    public async Task<Outcome<FeedbackReceipt>> HandleAsync(FeedbackRequest request, IReadOnlyList<UploadedFile> files, CancellationToken ct)
    {
        var errors = FeedbackRules.Validate(request);
        if (files.Count > MaxFiles)
        {
            errors["files"] = [new($"Gửi kèm tối đa {MaxFiles} tệp.", $"At most {MaxFiles} files.")];
        }

        var dossier = string.IsNullOrWhiteSpace(request.DossierCode) ? null
            : await db.Dossiers.AsNoTracking().Where(d => d.Code == request.DossierCode.Trim()).Select(d => new { d.Code, d.UnitId, d.ProcedureId }).FirstOrDefaultAsync(ct);
        if (!string.IsNullOrWhiteSpace(request.DossierCode) && dossier is null)
        {
            errors["dossierCode"] = [new($"Không có hồ sơ mang mã \"{request.DossierCode}\".", $"No dossier has code \"{request.DossierCode}\".")];
        }

        var procedureCode = ContactRules.Blank(request.ProcedureCode)
            ?? (dossier is null ? null : await db.Procedures.Where(p => p.Id == dossier.ProcedureId).Select(p => p.Code).FirstAsync(ct));
        if (procedureCode is not null && !await db.Procedures.AnyAsync(p => p.Code == procedureCode, ct))
        {
            errors["procedureCode"] = [new($"Không có thủ tục mang mã \"{procedureCode}\".", $"No procedure has code \"{procedureCode}\".")];
        }

        var disputed = await DisputedAsync(request.ComplainsAbout, errors, ct);
        var unitId = await UnitAsync(request.UnitCode, dossier?.UnitId ?? disputed?.UnitId, ct);
        if (unitId is null)
        {
            errors["unitCode"] = [new($"Không có đơn vị đang hoạt động với mã \"{request.UnitCode}\".", $"No active unit has code \"{request.UnitCode}\".")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        return await WriteAsync(request, files, dossier?.Code, procedureCode, unitId!.Value, disputed, ct);
    }

    /// <summary>The earlier feedback a complaint is about: it must exist and its answer must have been made public.</summary>
    private async Task<FeedbackItem?> DisputedAsync(string? code, Dictionary<string, Text[]> errors, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var trimmed = code.Trim();
        var earlier = await db.Feedback.FirstOrDefaultAsync(f => f.Code == trimmed, ct);
        if (earlier is null)
        {
            errors["complainsAbout"] = [new($"Không có phản ánh, kiến nghị mang mã \"{trimmed}\".", $"No feedback has code \"{trimmed}\".")];
        }
        else if (earlier.PublishedAt is null)
        {
            errors["complainsAbout"] = [new($"Phản ánh {trimmed} chưa có kết quả trả lời được công khai để phản ánh lại.", $"Feedback {trimmed} has no published answer to complain about.")];
            return null;
        }

        return earlier;
    }

    /// <summary>The named unit; else the dossier's; else the root of the tree (the province).</summary>
    private async Task<Guid?> UnitAsync(string? unitCode, Guid? dossierUnit, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            return await db.Units.Where(u => u.Code == unitCode.Trim() && u.IsActive).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        }

        return dossierUnit ?? await db.Units.Where(u => u.ParentId == null && u.IsActive).OrderBy(u => u.Code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }

    private async Task<FeedbackReceipt> WriteAsync(
        FeedbackRequest request, IReadOnlyList<UploadedFile> files, string? dossierCode, string? procedureCode, Guid unitId, FeedbackItem? disputed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForUnitAsync(unitId, ct);
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        var code = await db.NextFeedbackCodeAsync(DateOnly.FromDateTime(now.ToOffset(WorkingCalendar.VietnamOffset).DateTime), ct);
        var title = request.Title!.Trim();
        var content = request.Content!.Trim();
        var item = new FeedbackItem
        {
            Code = code.ToString(),
            Kind = FeedbackRules.ParseKind(request.Kind)!.Value,
            Title = title,
            Content = content,
            DossierCode = dossierCode,
            ProcedureCode = procedureCode,
            ComplainsAbout = disputed?.Code,
            UnitId = unitId,
            Sender = new FeedbackSender(ContactRules.Blank(request.Sender?.Name), ContactRules.NormalizedPhone(request.Sender?.Phone?.Trim()), ContactRules.Blank(request.Sender?.Email)),
            EnteredBy = officer.IsSignedIn ? officer.UserName : null,
            Status = FeedbackStatus.Received,
            ReceivedAt = now,
            DueAt = FeedbackDue.Of(calendar, now),
            SearchText = SearchText.Normalize($"{code} {title} {content}"),
        };
        db.Feedback.Add(item);
        foreach (var file in files)
        {
            // The bytes first: a failed save then leaves an unnamed file, never a row naming a missing one.
            db.FeedbackAttachments.Add(new FeedbackAttachment
            {
                FeedbackId = item.Id, File = await store.KeepAsync(file, ct), UploadedAt = now,
            });
        }

        db.FeedbackEvents.Add(FeedbackHistory.Event(item, "receive", 1, null, item.EnteredBy ?? Citizen, now, null));
        FeedbackNotices.Queue(db, item, "receive", 1, null, now);
        if (disputed is not null)
        {
            // The disputed feedback's own history says its answer was complained about, and by which feedback.
            var sequence = await db.FeedbackEvents.Where(e => e.FeedbackId == disputed.Id).MaxAsync(e => e.Sequence, ct) + 1;
            db.FeedbackEvents.Add(FeedbackHistory.Event(disputed, Complaint, sequence, null, item.EnteredBy ?? Citizen, now, code.ToString()));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new FeedbackReceipt(item.Code, item.DueAt.ToOffset(WorkingCalendar.VietnamOffset));
    }
}
