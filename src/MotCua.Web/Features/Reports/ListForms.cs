using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Reports;

/// <summary>A form in force, with its version, what it counts and its columns; its printed code takes a letter per level.</summary>
public sealed record FormInfo(string Code, string Version, DateOnly EffectiveFrom, string Title, string Content, IReadOnlyList<string> PrintedCodes, IReadOnlyList<ColumnInfo> Columns);

/// <summary>GET /api/v1/reports/forms: the forms in force today (REPORTS.md, API).</summary>
public sealed class ListForms(ReportForms forms, TimeProvider clock)
{
    public IReadOnlyList<FormInfo> Handle() =>
    [
        .. forms.InForce(DossierPeriod.Today(clock)).Select(f => new FormInfo(
            f.Code, f.Version, f.EffectiveFrom, string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.Pick(f.Title, f.TitleEn), "…"),
            f.Content.ToString().ToLowerInvariant(), f.Variants.Count == 0 ? [f.Code] : [.. f.Variants.Select(v => f.Code + v.Letter)], ReportResponse.ColumnsOf(f))),
    ];
}
