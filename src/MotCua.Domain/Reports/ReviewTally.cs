namespace MotCua.Domain.Reports;

/// <summary>One review form as the review form counts it: when it was made and approved, its proposal, its costs a year.</summary>
public sealed record ReviewedProcedure(
    DateTimeOffset CreatedAt, bool Proposes, DateTimeOffset? ApprovedAt, decimal CostBefore, decimal CostAfter, int FieldsBefore, int FieldsAfter);

/// <summary>
/// The review and simplification form (REPORTS.md §4): procedures reviewed in the period, proposals to simplify sent up,
/// proposals approved in it; the compliance cost a year before and after the proposals made in the period (Circular
/// 02/2017/TT-VPCP), the saving, and the declared information before and after. Money in whole đồng.
/// </summary>
public static class ReviewTally
{
    public const string Reviewed = "proceduresReviewed";
    public const string Proposals = "simplificationProposals";
    public const string Approved = "proposalsApproved";
    public const string CostBefore = "complianceCostBefore";
    public const string CostAfter = "complianceCostAfter";
    public const string Saving = "complianceCostSaving";
    public const string FieldsBefore = "declaredFieldsBefore";
    public const string FieldsAfter = "declaredFieldsAfter";

    public static Measures Count(IEnumerable<ReviewedProcedure> reviews, Indicators.ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(period);
        var measures = new Measures();
        foreach (var review in reviews)
        {
            if (period.Contains(review.ApprovedAt ?? DateTimeOffset.MaxValue))
            {
                measures.Add(Approved);
            }

            if (!period.Contains(review.CreatedAt))
            {
                continue;
            }

            measures.Add(Reviewed);
            if (review.Proposes)
            {
                measures.Add(Proposals);
            }

            var (before, after) = ((long)Math.Round(review.CostBefore), (long)Math.Round(review.CostAfter));
            measures.Add(CostBefore, before);
            measures.Add(CostAfter, after);
            measures.Add(Saving, before - after);
            measures.Add(FieldsBefore, review.FieldsBefore);
            measures.Add(FieldsAfter, review.FieldsAfter);
        }

        return measures;
    }
}
