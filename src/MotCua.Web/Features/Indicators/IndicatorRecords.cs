using MotCua.Domain.Indicators;

namespace MotCua.Web.Features.Indicators;

/// <summary>
/// GET /api/v1/indicators/service-index/{indicatorId}/dossiers: which records of an indicator's figure to list —
/// <c>numerator</c>, <c>denominator</c> (the default) or <c>missing</c> (counted in the denominator, not the numerator:
/// for 2.1 the late dossiers) — for a unit and period as the index takes them, a page at a time.
/// </summary>
public sealed record IndicatorRecordsQuery(string? UnitCode, string? From, string? To, string? Part, int? Page, int? PageSize);

/// <summary>
/// One record behind a figure: a dossier (its procedure, receipt, due instant in force when it was judged, end within
/// the period), a procedure, or a feedback item (receipt, end of handling), whether the numerator counted it, and why
/// (<c>reason</c>, a stable key, and its words).
/// </summary>
public sealed record IndicatorRecord(
    SubjectKind Kind,
    string Code,
    string? ProcedureCode,
    string? ProcedureName,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? EndedAt,
    bool InNumerator,
    string? Reason,
    string Why);

/// <summary>The records behind an indicator's figure: the figure itself, then a page of the records (API.md paging).</summary>
public sealed record IndicatorRecords(
    string UnitCode,
    DateOnly From,
    DateOnly To,
    string IndicatorId,
    string Name,
    string Part,
    decimal Numerator,
    decimal Denominator,
    IReadOnlyList<IndicatorRecord> Items,
    int Page,
    int PageSize,
    int Total);
