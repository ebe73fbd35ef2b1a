using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Reports;

/// <summary>
/// The rows of a figures form (REPORTS.md §2): the items under a heading per level (cấp tỉnh, cấp huyện, cấp xã) that
/// carries the level's subtotal, then the total. Levels with no item are left out; an empty report is its total row of zeros.
/// </summary>
public static class ReportRows
{
    public const string TotalLabel = "Tổng cộng";

    private static readonly string[] Roman = ["I", "II", "III", "IV", "V"];

    /// <summary>
    /// The rows of <paramref name="items"/>; subtotals and the total add the items up, unless <paramref name="combine"/>
    /// says otherwise (form II.07 counts a procedure resolved by many communes once).
    /// </summary>
    public static ReportTable Build(ReportForm form, IEnumerable<ReportItem> items, Func<IReadOnlyList<ReportItem>, Measures>? combine = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(items);
        combine ??= parts => Measures.Sum(parts.Select(i => i.Measures));
        var rows = new List<ReportRow>();
        var groups = items.GroupBy(i => i.Level).OrderBy(g => g.Key).ToList();
        for (int g = 0; g < groups.Count; g++)
        {
            var group = groups[g].ToList();
            rows.Add(new ReportRow(Roman[g], LevelLabel(groups[g].Key), null, RowKind.Group, combine(group).Cells(form)));
            rows.AddRange(group.Select((item, i) => new ReportRow((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), item.Label, item.UnitCode, RowKind.Item, item.Measures.Cells(form))));
        }

        var total = combine([.. groups.SelectMany(g => g)]);
        rows.Add(new ReportRow(string.Empty, TotalLabel, null, RowKind.Total, total.Cells(form)));
        return new ReportTable(form, rows);
    }

    public static string LevelLabel(ProcedureLevel level) => level switch
    {
        ProcedureLevel.Province => "Cấp tỉnh",
        ProcedureLevel.District => "Cấp huyện",
        _ => "Cấp xã",
    };

    /// <summary>The level a unit's row is grouped under in the aggregated variant: the level of the procedures it resolves.</summary>
    public static ProcedureLevel LevelOf(UnitKind kind) => kind switch
    {
        UnitKind.Province or UnitKind.Department or UnitKind.ServiceCentre => ProcedureLevel.Province,
        UnitKind.Commune => ProcedureLevel.Commune,
        _ => ProcedureLevel.District,
    };
}
