using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using MotCua.Domain.Feedback;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// When a feedback counts as late, one rule for the lists, the statistics and the detail page: answered after its due
/// instant, or still owed past it. Waiting for the sender stops the clock, so a waiting feedback is late only if it was
/// late when the clock stopped; a refused one was never owed an answer.
/// </summary>
public static class FeedbackLateness
{
    private static readonly Expression<Func<FeedbackItem, DateTimeOffset, bool>> Rule = (f, now) =>
        (FeedbackWorkflow.Running.Contains(f.Status) && f.DueAt < now)
        || (f.Status == FeedbackStatus.WaitingInformation && f.StoppedAt > f.DueAt);

    private static readonly Func<FeedbackItem, DateTimeOffset, bool> Compiled = Rule.Compile();

    /// <summary>
    /// Still owed an answer and past due at <paramref name="now"/>, as a query filter: what the overdue tab and the
    /// statistics count. The instant stays a query parameter (a captured variable), not a constant in the SQL.
    /// </summary>
    public static Expression<Func<FeedbackItem, bool>> OverdueOpen(DateTimeOffset now)
    {
        Expression<Func<DateTimeOffset>> instant = () => now;
        return Expression.Lambda<Func<FeedbackItem, bool>>(ReplacingExpressionVisitor.Replace(Rule.Parameters[1], instant.Body, Rule.Body), Rule.Parameters[0]);
    }

    public static bool IsLate(FeedbackItem f, DateTimeOffset now) =>
        f.AnsweredAt is { } answered ? answered > f.DueAt : Compiled(f, now);
}
