using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Reports;

/// <summary>A unit, an official period and each form in force for them, checked as one report's subject each.</summary>
public sealed record EveryForm(Unit Unit, ReportPeriod Period, IReadOnlyList<ReportSubject> Forms, IReadOnlyDictionary<Guid, Unit> Units)
{
    public string ReceivingUnit => ReportSubjects.Receiving(Unit, Units);
}

/// <summary>
/// A unit in the officer's scope and an official period that has begun, with every form in force at the period's end
/// for it: what a narrative report assembles, whichever forms the registry holds.
/// </summary>
public sealed class EveryForms(OrganizationHistory history, ReportSubjects subjects, DossierPermissions permissions, ReportPeriods periods, ReportForms forms, TimeProvider clock)
{
    public async Task<Outcome<EveryForm>> ResolveAsync(string? unitCode, string? periodCode, CancellationToken ct)
    {
        var unit = await permissions.FindUnitInScopeAsync(unitCode, ct);
        if (unit.Failed)
        {
            return unit.Error;
        }

        var period = string.IsNullOrWhiteSpace(periodCode) ? null : periods.Parse(periodCode.Trim(), PeriodBasis.Cutoff);
        if (period is null || period.From > DossierPeriod.Today(clock))
        {
            return Error.Validation("period", period is null ? ReportSubjects.PeriodFormat : ReportSubjects.NotBegun);
        }

        var resolved = new List<ReportSubject>();
        foreach (var form in forms.InForce(period.To))
        {
            var subject = await subjects.ResolveAsync(form.Code, ReportQuery.Official(unit.Value.Code, period.Code), ct);
            if (subject.Failed)
            {
                return subject.Error;
            }

            resolved.Add(subject.Value);
        }

        var units = await history.ByIdForPeriodAsync(period.To, ct);
        var then = OrganizationHistory.InPeriod(units.Values, unit.Value.Id);
        return then.Failed ? then.Error : new EveryForm(then.Value, period, resolved, units);
    }
}
