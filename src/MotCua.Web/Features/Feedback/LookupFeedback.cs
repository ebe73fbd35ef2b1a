using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record PublicFeedback(
    string Code, FeedbackKind Kind, FeedbackStatus Status, string UnitName, string? SenderName,
    DateTimeOffset ReceivedAt, DateTimeOffset DueAt, string? Title, string? Answer, DateTimeOffset? PublishedAt, string? RefusalReason,
    int SatisfiedVotes, int UnsatisfiedVotes);

/// <summary>
/// Theo dõi phản ánh by its code, without an account: status, the unit that holds it, the dates, and the answer once
/// published. Codes are sequential and easy to guess, so nothing the sender wrote is shown before publication (the
/// title and content may name people), and his name only masked (Decree 13/2023 on personal data); no phone, no e-mail.
/// A refusal's reason is the office's own words and is shown, so that an anonymous sender learns it too.
/// </summary>
public sealed class LookupFeedback(MotCuaDbContext db)
{
    public async Task<Outcome<PublicFeedback>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.Feedback.AsNoTracking().Where(f => f.Code == code)
            .Join(db.Units, f => f.UnitId, u => u.Id, (f, u) => new { Item = f, Unit = u.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return Error.NotFound(FeedbackPermissions.FeedbackNoun, code);
        }

        var f = found.Item;
        var published = f.PublishedAt is not null;
        var vn = WorkingCalendar.VietnamOffset;
        return new PublicFeedback(
            f.Code, f.Kind, f.Status, found.Unit, f.Sender.Name is { } name ? PersonName.Mask(name) : null,
            f.ReceivedAt.ToOffset(vn), f.DueAt.ToOffset(vn), published ? f.Title : null, published ? f.Answer : null, f.PublishedAt?.ToOffset(vn),
            f.RefusalReason, f.SatisfiedVotes, f.UnsatisfiedVotes);
    }
}
