using System.Globalization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>The period of a report as the API writes it: code, first and last day (both included) and basis.</summary>
public sealed record PeriodInfo(string Code, DateOnly From, DateOnly To, string Basis);

/// <summary>A column: its number, its header in one line and as the path of merged header cells.</summary>
public sealed record ColumnInfo(int Number, string Header, IReadOnlyList<string> Headers);

/// <summary>
/// A row: number as printed, label, the sub-unit it stands for (by=unit), whether it is the total or a level's
/// subtotal, and its cells by column number — counts for the figures forms, texts for the late list.
/// </summary>
public sealed record RowInfo(string Number, string Label, string? UnitCode, bool IsTotal, bool IsGroup, IReadOnlyDictionary<int, object> Cells);

/// <summary>One identity of the form checked on one row.</summary>
public sealed record IdentityInfo(string Rule, string Row, bool Holds);

/// <summary>
/// A periodic report (REPORTS.md, API): the form as printed for the unit's level, its title, the reporting and
/// receiving units, the period, where the sub-units' figures come from (<c>live</c> or <c>submitted</c>), the columns and rows, the identities checked, and when and by whom it was computed
/// (for the footer's place, date and signatures). <see cref="ReceptionUnit"/> is the body that received the unit's
/// dossiers as the period ended: its one-stop desk before the reform of 1 July 2025, its public administration service
/// centre after it (Decree 118/2025); absent from reports submitted before it was added. <see cref="Predecessors"/>
/// names the units merged or split into it whose figures the report includes, when asked to. <see cref="Reorganization"/>
/// says, for a period during which a reorganization act took effect, which tree it is computed on (issue 17).
/// </summary>
public sealed record ReportResponse(
    string Form,
    string FormNumber,
    string FormVersion,
    string Title,
    string LegalBasis,
    string UnitOfCount,
    string UnitCode,
    string UnitName,
    string ReceivingUnit,
    PeriodInfo Period,
    bool ByUnit,
    string Source,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<RowInfo> Rows,
    IReadOnlyList<IdentityInfo> Identities,
    string Place,
    DateOnly Date,
    string PreparedBy,
    string? HeadOfUnit,
    string? ReceptionUnit = null,
    IReadOnlyList<string>? Predecessors = null,
    PeriodReorganization? Reorganization = null)
{
    public static IReadOnlyList<ColumnInfo> ColumnsOf(ReportForm form) =>
        [.. form.Columns.Select(c => new ColumnInfo(c.Number, c.Header, c.Headers))];

    public static IReadOnlyList<RowInfo> RowsOf(ReportTable table) =>
        [.. table.Rows.Select(r => new RowInfo(r.Number, r.Label, r.UnitCode, r.Kind == RowKind.Total, r.Kind == RowKind.Group, r.Cells.ToDictionary(c => c.Key, c => (object)c.Value)))];

    public static IReadOnlyList<IdentityInfo> IdentitiesOf(ReportTable table) =>
        [.. table.Identities.Select(i => new IdentityInfo(i.Rule, i.Row, i.Holds))];
}

/// <summary>
/// The acts that took effect within a period (after its first day, by the day its tree is read on) and that day: the
/// period's end, or today while it runs. REPORTS.md gives no rule for a period that spans a reorganization, so its
/// figures, names and form follow the tree as it stood that day, and the report says so.
/// </summary>
public sealed record PeriodReorganization(IReadOnlyList<string> DecisionNumbers, DateOnly OrganizationAsOf)
{
    /// <summary>The line printed under the period line (in Vietnamese on the forms) and on the report page.</summary>
    public Text Describe() => new(
        string.Create(CultureInfo.InvariantCulture, $"Trong kỳ có sắp xếp tổ chức theo {string.Join(", ", DecisionNumbers)}: số liệu, tên đơn vị và biểu mẫu theo tổ chức tại ngày {OrganizationAsOf:dd/MM/yyyy}"),
        string.Create(CultureInfo.InvariantCulture, $"Reorganized within the period by {string.Join(", ", DecisionNumbers)}: figures, names and form as organized on {OrganizationAsOf:yyyy-MM-dd}"));
}
