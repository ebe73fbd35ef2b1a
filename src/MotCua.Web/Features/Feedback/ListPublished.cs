using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record PublishedFeedback(
    string Code, FeedbackKind Kind, string Title, string Content, string UnitName, DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt, DateTimeOffset PublishedAt, string Answer, int SatisfiedVotes, int UnsatisfiedVotes);

/// <summary>
/// Công khai kết quả trả lời (DOMAIN.md §6): every published answer with the feedback it answers, newest first,
/// searchable with or without diacritics. The sender is never named here.
/// </summary>
public sealed class ListPublished(MotCuaDbContext db)
{
    public async Task<Paged<PublishedFeedback>> HandleAsync(string? q, PageRequest page, CancellationToken ct)
    {
        var items = db.Feedback.AsNoTracking().Where(f => f.PublishedAt != null);
        foreach (var term in SearchText.Terms(q))
        {
            items = items.Where(f => f.SearchText.Contains(term));
        }

        var total = await items.CountAsync(ct);
        var rows = await items.OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Code).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Units, f => f.UnitId, u => u.Id, (f, u) => new { Item = f, Unit = u.Name })
            .ToListAsync(ct);
        var vn = WorkingCalendar.VietnamOffset;
        var list = rows.Select(r => new PublishedFeedback(
            r.Item.Code, r.Item.Kind, r.Item.Title, r.Item.Content, r.Unit, r.Item.ReceivedAt.ToOffset(vn), r.Item.AnsweredAt?.ToOffset(vn),
            r.Item.PublishedAt!.Value.ToOffset(vn), r.Item.Answer ?? string.Empty, r.Item.SatisfiedVotes, r.Item.UnsatisfiedVotes)).ToList();
        return new Paged<PublishedFeedback>(list, page.Page, page.PageSize, total);
    }
}
