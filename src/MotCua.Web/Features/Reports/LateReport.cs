using System.Globalization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Documents;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The late dossiers and their reasons (REPORTS.md §4, first form): the leaders' late list of the unit and the units
/// under it for the period, one row each in due order, with the step where the time was lost and the apology.
/// </summary>
public sealed class LateReport(ListLateDossiers late)
{
    public async Task<Outcome<IReadOnlyList<RowInfo>>> RowsAsync(ReportSubject subject, CancellationToken ct)
    {
        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var list = await late.HandleAsync(new LateQuery(subject.Unit.Code, day(subject.Period.From), day(subject.Period.To)), ct);
        if (list.Failed)
        {
            return list.Error!;
        }

        var names = subject.Units.Values.ToDictionary(u => u.Code, u => u.Name);
        var dossiers = list.Value.Units.SelectMany(g => g.Dossiers).OrderBy(d => d.DueAt).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var rows = dossiers.Select((d, i) => new RowInfo(
            (i + 1).ToString(CultureInfo.InvariantCulture), d.Code, d.UnitCode, IsTotal: false, IsGroup: false,
            Cells(subject.Form, new Dictionary<string, object>
            {
                ["procedure"] = d.ProcedureName,
                ["unit"] = names.GetValueOrDefault(d.UnitCode, d.UnitCode),
                ["due"] = DateText.Clock(d.DueAt),
                ["ended"] = d.ResolvedAt is { } resolved ? DateText.Clock(resolved) : "Đang giải quyết",
                ["hoursLate"] = d.HoursLate,
                ["lostStep"] = d.LostStep?.Name ?? string.Empty,
                ["lostBy"] = d.LostStep is { } step ? string.Join(", ", new[] { names.GetValueOrDefault(step.UnitCode, step.UnitCode), step.Officer }.OfType<string>()) : string.Empty,
                ["apologyAt"] = DateText.Clock(d.Apology?.At),
                ["newDue"] = DateText.Clock(d.Apology?.NewDueAt),
            }))).ToList();
        rows.Add(new RowInfo(string.Empty, string.Create(CultureInfo.InvariantCulture, $"{ReportRows.TotalLabel}: {dossiers.Count} hồ sơ"), null, IsTotal: true, IsGroup: false, new Dictionary<int, object>()));
        return rows;
    }

    /// <summary>The values under the form's columns, by the measure each column names.</summary>
    private static Dictionary<int, object> Cells(ReportForm form, Dictionary<string, object> values) =>
        form.Columns.Where(c => c.Measure is { } m && values.ContainsKey(m)).ToDictionary(c => c.Number, c => values[c.Measure!]);
}
