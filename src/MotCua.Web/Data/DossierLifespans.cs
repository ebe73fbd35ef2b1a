using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Data;

/// <summary>
/// The dossiers that were open at some instant of a period, found through an index whatever the length of the
/// history (issue 19). "Received before the end and not ended before the start" has no index that serves it: one on
/// the receipt reads every dossier received before the period, one on the end every dossier ended after it. Each
/// dossier therefore stores the class of its lifespan, under a power of two of days (computed by the database, so no
/// write path can forget it), and a dossier of class k open during the period was received at most 2^k days before
/// its start: one range of (class, receipt) per class reads the period and the dossiers of each class that overlap it.
/// </summary>
public static class DossierLifespans
{
    public const string Column = "LifespanClass";

    /// <summary>Class k &lt; <see cref="Unbounded"/> holds the dossiers that ended less than 2^k days after their receipt; the last class the rest.</summary>
    private const int Unbounded = 12;

    /// <summary>
    /// The lifespan class of a dossier as a stored generated column, and the index of (class, receipt);
    /// <paramref name="days"/> is the provider's SQL for the days from receipt to end (timestamps differ by provider).
    /// </summary>
    public static void Configure(ModelBuilder model, string days)
    {
        var bounds = string.Concat(Enumerable.Range(0, Unbounded).Select(k => string.Create(CultureInfo.InvariantCulture, $" WHEN {days} < {1 << k} THEN {k}")));
        var dossier = model.Entity<Dossier>();
        dossier.Property<int?>(Column).HasComputedColumnSql($"CASE WHEN \"EndedAt\" IS NULL OR \"ReceivedAt\" IS NULL THEN NULL{bounds} ELSE {Unbounded} END", stored: true);
        dossier.HasIndex(Column, nameof(Dossier.ReceivedAt));
    }

    /// <summary>
    /// The dossiers received before <paramref name="end"/> and not ended before <paramref name="start"/>: the open ones,
    /// then one range of receipts per class. A day more than each class's bound leaves rounding no room to miss one.
    /// </summary>
    public static IQueryable<Dossier> Overlapping(IQueryable<Dossier> dossiers, DateTimeOffset start, DateTimeOffset end)
    {
        Expression<Func<Dossier, bool>> open = d => EF.Property<int?>(d, Column) == null && d.EndedAt == null && d.ReceivedAt != null && d.ReceivedAt < end;
        Expression<Func<Dossier, bool>> longest = d => EF.Property<int?>(d, Column) == Unbounded && d.ReceivedAt < end && d.EndedAt >= start;
        var body = Expression.OrElse(open.Body, Expression.Invoke(longest, open.Parameters[0]));
        foreach (var k in Enumerable.Range(0, Unbounded))
        {
            var since = start.AddDays(-(1 << k) - 1);
            Expression<Func<Dossier, bool>> ended = d => EF.Property<int?>(d, Column) == k && d.ReceivedAt >= since && d.ReceivedAt < end && d.EndedAt >= start;
            body = Expression.OrElse(body, Expression.Invoke(ended, open.Parameters[0]));
        }

        return dossiers.Where(Expression.Lambda<Func<Dossier, bool>>(body, open.Parameters));
    }
}
