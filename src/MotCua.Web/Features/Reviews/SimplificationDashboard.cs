using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Domain.Reviews;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Reviews;

public sealed record SimplificationQuery(string? UnitCode, int? Year);

/// <param name="Procedures">The unit's procedures in force (with the units under it).</param>
public sealed record SimplificationAnswer(
    string UnitCode, int Year, int Procedures, int ProceduresSimplified, decimal? SimplifiedPercent, bool MeetsSimplifiedTarget,
    decimal? CostReductionPercent, bool MeetsCostReductionTarget, decimal? DeclaredInformationReductionPercent, bool MeetsDeclaredInformationTarget);

/// <summary>
/// A unit's year of review and simplification against its targets (≥ 10 % of procedures simplified, ≥ 20 % less
/// compliance cost and declared information), over the approved proposals only (<see cref="UnitYearSimplification"/>).
/// </summary>
public sealed class SimplificationDashboard(MotCuaDbContext db, PlanPermissions permissions)
{
    public async Task<Outcome<SimplificationAnswer>> HandleAsync(SimplificationQuery query, CancellationToken ct)
    {
        if (query.Year is not (>= CreatePlan.MinYear and <= CreatePlan.MaxYear))
        {
            return Error.Validation("year", new Text("Năm phải từ {0} đến {1}.", "year must be between {0} and {1}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear));
        }

        var unit = await permissions.FindUnitInScopeAsync(query.UnitCode, "unitCode", ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var units = UnitLookup.ReadableSubtree(unit.Value.Id, await db.Units.AsNoTracking().ToListAsync(ct), await permissions.ScopeAsync(ct)).ToList();
        var procedures = await db.Procedures.CountAsync(p => p.Status == ProcedureStatus.Active && p.Units.Any(u => units.Contains(u.UnitId)), ct);
        var approved = await db.ProcedureReviews.AsNoTracking()
            .Where(r => units.Contains(r.UnitId) && r.Year == query.Year && r.Status == ReviewStatus.Approved).ToListAsync(ct);
        var costs = approved.Select(r => ApproveSimplification.Costs(r.Costs))
            .Select(c => ComplianceCostComparison.Compare(Input(c.Current!), Input(c.Proposed!)).Value!);
        var forms = approved.Select(r => DeclaredInformationReduction.Of(r.FieldsBefore, r.FieldsAfter).Value!);
        var simplified = approved.Select(r => r.ProcedureId).Distinct().Count();
        var year = UnitYearSimplification.Assess(Math.Max(procedures, simplified), simplified, costs, forms).Value!;
        return new SimplificationAnswer(
            unit.Value.Code, query.Year.Value, year.Procedures, year.ProceduresSimplified, year.SimplifiedPercent, year.MeetsSimplifiedTarget,
            year.CostReductionPercent, year.MeetsCostReductionTarget, year.DeclaredInformationReductionPercent, year.MeetsDeclaredInformationTarget);
    }

    private static ComplianceCostInput Input(CostInput c) =>
        new(c.HoursPerDossier!.Value, c.IncomePerHour!.Value, c.FeesPerDossier!.Value, c.OtherCostsPerDossier!.Value, c.DossiersPerYear!.Value);
}
