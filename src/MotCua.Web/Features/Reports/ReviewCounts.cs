using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Reports;
using MotCua.Web.Data;
using MotCua.Web.Features.Reviews;

namespace MotCua.Web.Features.Reports;

/// <summary>The review form's counts: the review forms of the units, their costs compared as the review pages compare them.</summary>
public sealed class ReviewCounts(MotCuaDbContext db, CompareComplianceCost compare) : IUnitCounts
{
    public FormContent Content => FormContent.Review;

    public async Task<Func<IReadOnlySet<Guid>, Measures>> LoadAsync(ReportSubject subject, IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var end = subject.Instants.To;
        var reviews = (await db.ProcedureReviews.AsNoTracking().Where(r => units.Contains(r.UnitId) && r.CreatedAt < end).ToListAsync(ct)).Select(r =>
        {
            var cost = compare.Handle(ApproveSimplification.Costs(r.Costs)).Value!;
            var proposes = r.CutComponents.Length > 0 || r.ProposedWorkingDays is not null || r.AllowOnline;
            return (r.UnitId, Review: new ReviewedProcedure(r.CreatedAt, proposes, r.ApprovedAt, cost.Current.PerYear, cost.Proposed.PerYear, r.FieldsBefore, r.FieldsAfter));
        }).ToList();
        return chosen => ReviewTally.Count(reviews.Where(r => chosen.Contains(r.UnitId)).Select(r => r.Review), subject.Instants);
    }
}
