using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Feedback;

public sealed record VoteRequest(bool? Satisfied);

public sealed record VoteCount(int SatisfiedVotes, int UnsatisfiedVotes);

/// <summary>
/// A reader's vote on a published answer, satisfied or not (INDICATORS-766.md 5.3: a feedback with more "not satisfied"
/// than "satisfied" votes counts against the unit). One vote per <see cref="Voter"/> and answer: a second one, even
/// of another mind, is a 409 that changes nothing, so that a reader learns his vote was not counted twice. The vote
/// row and the count move in one transaction; the row's key refuses the second of two votes sent at once.
/// </summary>
public sealed class VoteOnAnswer(MotCuaDbContext db, TimeProvider clock)
{
    private static readonly Error AlreadyVoted = Error.Conflict(new(
        "Bạn đã đánh giá câu trả lời này; mỗi người chỉ đánh giá một lần.", "You have already rated this answer; each reader rates it once."));

    public async Task<Outcome<VoteCount>> HandleAsync(string code, VoteRequest request, string voter, CancellationToken ct)
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

        if (await db.FeedbackVotes.AnyAsync(v => v.FeedbackId == item.Id && v.Voter == voter, ct))
        {
            return AlreadyVoted;
        }

        await using var transaction = await db.Database.BeginWriteAsync(ct);
        db.FeedbackVotes.Add(new FeedbackVote { FeedbackId = item.Id, Voter = voter, Satisfied = satisfied, At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // His other vote, sent at the same moment, took the key first; this transaction is rolled back with nothing counted.
            return AlreadyVoted;
        }

        var votes = db.Feedback.Where(f => f.Id == item.Id);
        await (satisfied
            ? votes.ExecuteUpdateAsync(s => s.SetProperty(f => f.SatisfiedVotes, f => f.SatisfiedVotes + 1), ct)
            : votes.ExecuteUpdateAsync(s => s.SetProperty(f => f.UnsatisfiedVotes, f => f.UnsatisfiedVotes + 1), ct));
        var count = await votes.AsNoTracking().Select(f => new VoteCount(f.SatisfiedVotes, f.UnsatisfiedVotes)).FirstAsync(ct);
        await transaction.CommitAsync(ct);
        return count;
    }
}
