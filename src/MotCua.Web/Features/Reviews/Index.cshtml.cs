using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

/// <summary>
/// The compliance-cost part of a review form (Circular 02/2017/TT-VPCP): the figures of a procedure now and under the
/// proposal, and what the proposal saves a year in money and percent against the 20 % target. Nothing is stored.
/// </summary>
public sealed class IndexModel(CompareComplianceCost compare) : PlanPage
{
    [BindProperty]
    public CostInput? Current { get; set; }

    [BindProperty]
    public CostInput? Proposed { get; set; }

    public ComplianceCostAnswer? Answer { get; private set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
        var outcome = compare.Handle(new ComplianceCostRequest(Current, Proposed));
        if (outcome.Failed)
        {
            Refuse(outcome.Error);
            return;
        }

        Answer = outcome.Value;
    }
}
