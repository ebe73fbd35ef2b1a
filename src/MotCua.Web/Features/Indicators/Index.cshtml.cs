using System.Globalization;
using MotCua.Domain.Indicators;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Indicators;

/// <summary>Chỉ số 766: the Decision 766 index of one of the officer's units for a period, group by group.</summary>
public sealed class IndexModel(ComputeServiceIndex index, DossierRegister register, DossierPermissions permissions) : UnitPeriodPage<ServiceIndexReport>(register)
{
    /// <summary>Whether the figures open their records: for the unit's leaders, KSTTHC officers and administrators.</summary>
    public bool OpensRecords { get; private set; }

    protected override bool StartsOnFirstUnit => true;

    /// <summary>A figure as the page shows it: up to two decimals, in the reader's culture.</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) : "—";

    /// <summary>The value with its unit: percent, or working hours for an average time.</summary>
    public static string Value(IndicatorFigures indicator) => indicator.Value is null ? "—"
        : indicator.Measure == IndicatorMeasure.WorkingHours ? Number(indicator.Value) + Text.Pick(" giờ làm việc", " working hours")
        : Number(indicator.Value) + " %";

    protected override async Task<Outcome<ServiceIndexReport>> QueryAsync(string? unitCode, string from, string to, CancellationToken ct)
    {
        var report = await index.HandleAsync(new ServiceIndexQuery(unitCode, from, to), ct);
        OpensRecords = !report.Failed && !(await permissions.FindUnitOverseenAsync(report.Value.UnitCode, ct)).Failed;
        return report;
    }
}
