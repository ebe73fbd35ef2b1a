using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

public sealed record VoteRequest(bool? Satisfied);

public sealed record VoteCount(int SatisfiedVotes, int UnsatisfiedVotes);

/// <summary>
/// A reader's vote on a published answer, satisfied or not (INDICATORS-766.md 5.3: a feedback with more "not satisfied"
/// than "satisfied" votes counts against the unit). Anonymous, throttled per address like submissions; one atomic
/// increment, so concurrent votes are all counted.
/// </summary>
public sealed class VoteOnAnswer(MotCuaDbContext db)
{
    public async Task<Outcome<VoteCount>> HandleAsync(string code, VoteRequest request, CancellationToken ct)
    {
        if (request.Satisfied is not { } satisfied)
        {
            return Error.Validation("satisfied", new("Chọn hài lòng (true) hoặc không hài lòng (false).", "satisfied must be true or false."));
        }

        var item = await db.Feedback.AsNoTracking().Where(f => f.Code == code).Select(f => new { f.Id, f.PublishedAt }).FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return Error.NotFound(FeedbackPermissions.FeedbackNoun, code);
        }

        if (item.PublishedAt is null)
        {
            return Error.Conflict(new("Chỉ đánh giá được câu trả lời đã công khai.", "Only a published answer can be rated."));
        }

        var votes = db.Feedback.Where(f => f.Id == item.Id);
        await (satisfied
            ? votes.ExecuteUpdateAsync(s => s.SetProperty(f => f.SatisfiedVotes, f => f.SatisfiedVotes + 1), ct)
            : votes.ExecuteUpdateAsync(s => s.SetProperty(f => f.UnsatisfiedVotes, f => f.UnsatisfiedVotes + 1), ct));
        return await votes.AsNoTracking().Select(f => new VoteCount(f.SatisfiedVotes, f.UnsatisfiedVotes)).FirstAsync(ct);
    }
}
