namespace MotCua.Domain.Reports;

/// <summary>An item (a field, a unit), a group heading with its subtotal (a level), or the total.</summary>
public enum RowKind
{
    Item,
    Group,
    Total,
}

/// <summary>
/// One row of a figures form: its number as printed (I, II for groups; 1, 2 for items), its label (a field or a unit),
/// the unit it stands for in the aggregated variant, and its figures by column number.
/// </summary>
public sealed record ReportRow(string Number, string Label, string? UnitCode, RowKind Kind, IReadOnlyDictionary<int, long> Cells);

/// <summary>Whether an identity of the form holds for one row.</summary>
public sealed record IdentityCheck(string Rule, string Row, bool Holds);

/// <summary>A form's figures rows with the identities checked on every one of them.</summary>
public sealed record ReportTable(ReportForm Form, IReadOnlyList<ReportRow> Rows)
{
    public IReadOnlyList<IdentityCheck> Identities =>
    [
        .. Rows.SelectMany(row => Form.Identities.Select(identity => new IdentityCheck(
            identity.Rule, row.Label, identity.Left.Sum(n => row.Cells.GetValueOrDefault(n)) == identity.Right.Sum(n => row.Cells.GetValueOrDefault(n))))),
    ];
}
