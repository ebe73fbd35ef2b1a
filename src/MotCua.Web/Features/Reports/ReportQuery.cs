using Microsoft.AspNetCore.Mvc;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// GET /api/v1/reports/{form}: the unit, the period by code (<c>2024-Q1</c>; <c>basis=calendar</c> for whole months)
/// or as <c>from</c>/<c>to</c> days, <c>by=unit</c> for one row per direct sub-unit, and the file wanted by
/// <c>Accept</c> (or <c>format=xlsx|pdf</c>, for a link in a page); <c>includePredecessors=true</c> counts the units
/// merged into the unit, or split into it, as its own (issue 17: a merged ward's report over a period before the merger).
/// </summary>
public sealed record ReportQuery(
    string? UnitCode, string? Period, string? Basis, string? By, string? From, string? To, string? Format,
    [property: FromHeader(Name = "Accept")] string? Accept, string? Source = null, bool? IncludePredecessors = null)
{
    /// <summary>An official period by its code, on the cut-off basis, as submissions take it.</summary>
    public static ReportQuery Official(string? unitCode, string? period) => new(unitCode, period ?? string.Empty, null, null, null, null, null, null);
}

/// <summary>The narrative report of a unit for an official period; <c>Accept</c> (or <c>format=pdf</c>) for the PDF.</summary>
public sealed record NarrativeQuery(string? UnitCode, string? Period, string? Format, [property: FromHeader(Name = "Accept")] string? Accept);
