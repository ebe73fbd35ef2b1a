using MotCua.Domain.Reports;

namespace MotCua.Web.Features.Reports;

/// <summary>PUT /api/v1/reports/narrative: the unit's number for the document and its words in three parts.</summary>
public sealed record NarrativeRequest(string? Number, string? Results, string? Difficulties, string? Proposals);

/// <summary>
/// GET /api/v1/reports/narrative: the unit's narrative report for an official period — its state (<c>draft</c> or
/// <c>issued</c>), number, its words, who last edited and who issued it, and the figures of every form in force,
/// computed live (REPORTS.md §4).
/// </summary>
public sealed record NarrativeResponse(
    string UnitCode,
    string UnitName,
    string ReceivingUnit,
    PeriodInfo Period,
    string Title,
    string State,
    string Number,
    string Results,
    string Difficulties,
    string Proposals,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt,
    string? IssuedBy,
    DateTimeOffset? IssuedAt,
    IReadOnlyList<ReportResponse> Reports);

/// <summary>A narrative report with what its printing needs besides the JSON: the forms behind its tables and the unit's header.</summary>
public sealed record Narrative(
    NarrativeResponse Response, IReadOnlyList<ReportForm> Forms, string GoverningBody, string IssuingUnit, string Place, DateOnly Date, string? HeadOfUnit, string? PdfSha256);
