using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// The late dossiers and their reasons (REPORTS.md §4, first form): the leaders' late list of the unit and the units
/// under it for the period, one row each in due order, with the applicant's name masked (the report goes up and is
/// published), when it was received, the step where the time was lost, and the apology with its reason and new date.
/// </summary>
public sealed class LateReport(MotCuaDbContext db, ListLateDossiers late)
{
    private static readonly string Apologize = DossierActions.Name(DossierAction.Apologize);

    public async Task<Outcome<IReadOnlyList<RowInfo>>> RowsAsync(ReportSubject subject, CancellationToken ct)
    {
        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var list = await late.HandleAsync(new LateQuery(subject.Unit.Code, day(subject.Period.From), day(subject.Period.To)), ct);
        if (list.Failed)
        {
            return list.Error;
        }

        var names = subject.Units.Values.ToDictionary(u => u.Code, u => u.Name);
        var dossiers = list.Value.Units.SelectMany(g => g.Dossiers).OrderBy(d => d.DueAt).ThenBy(d => d.Code, StringComparer.Ordinal).ToList();
        var codes = dossiers.Select(d => d.Code).ToList();
        var rows = await db.Dossiers.AsNoTracking().Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
        var ids = rows.Values.Select(d => d.Id).ToList();
        var reasons = (await db.DossierEvents.AsNoTracking().Where(e => ids.Contains(e.DossierId) && e.Type == Apologize).ToListAsync(ct))
            .GroupBy(e => e.DossierId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Sequence)!.Note);
        var result = dossiers.Select((d, i) => new RowInfo(
            (i + 1).ToString(CultureInfo.InvariantCulture), d.Code, d.UnitCode, IsTotal: false, IsGroup: false,
            Cells(subject.Form, new Dictionary<string, object>
            {
                ["procedure"] = d.ProcedureName,
                ["applicant"] = PersonName.Mask(rows[d.Code].Applicant.FullName),
                ["unit"] = names.GetValueOrDefault(d.UnitCode, d.UnitCode),
                ["received"] = DateText.Clock(rows[d.Code].ReceivedAt),
                ["due"] = DateText.Clock(d.DueAt),
                ["ended"] = d.ResolvedAt is { } resolved ? DateText.Clock(resolved) : "Đang giải quyết",
                ["hoursLate"] = d.HoursLate,
                ["lostStep"] = d.LostStep?.Name ?? string.Empty,
                ["lostBy"] = d.LostStep is { } step ? string.Join(", ", new[] { names.GetValueOrDefault(step.UnitCode, step.UnitCode), step.Officer }.OfType<string>()) : string.Empty,
                ["reason"] = reasons.GetValueOrDefault(rows[d.Code].Id) ?? string.Empty,
                ["apologyAt"] = DateText.Clock(d.Apology?.At),
                ["newDue"] = DateText.Clock(d.Apology?.NewDueAt),
            }))).ToList();
        result.Add(new RowInfo(string.Empty, string.Create(CultureInfo.InvariantCulture, $"{ReportRows.TotalLabel}: {dossiers.Count} hồ sơ"), null, IsTotal: true, IsGroup: false, new Dictionary<int, object>()));
        return result;
    }

    /// <summary>The values under the form's columns, by the measure each column names.</summary>
    private static Dictionary<int, object> Cells(ReportForm form, Dictionary<string, object> values) =>
        form.Columns.Where(c => c.Measure is { } m && values.ContainsKey(m)).ToDictionary(c => c.Number, c => values[c.Measure!]);
}
