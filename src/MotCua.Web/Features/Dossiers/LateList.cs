namespace MotCua.Web.Features.Dossiers;

/// <summary>GET /api/v1/dossiers/late: a unit (with the units under it; all of the officer's units when absent) and a period, yyyy-MM-dd, both days included.</summary>
public sealed record LateQuery(string? UnitCode, string? From, string? To);

/// <summary>
/// Where the time was lost: the first internal step handed on after its own due time (control sheet, Mẫu 05), else
/// the step the dossier stood at when it ran out of time; who held it there and in which unit.
/// </summary>
public sealed record LostStep(int Index, string Name, string Role, string UnitCode, string? Officer, DateTimeOffset? DueAt, DateTimeOffset? CompletedAt);

/// <summary>The apology letter (Mẫu 04): when it was sent, the new appointment, and whether it met the deadline of one working day before the due date.</summary>
public sealed record ApologyInfo(DateTimeOffset At, DateTimeOffset? NewDueAt, bool InTime);

/// <summary>
/// One late dossier: resolved after its due time, or still open past it. <c>Until</c> is when it was resolved, else
/// when its clock stopped or now; <c>HoursLate</c> counts only working time from the due instant to then.
/// </summary>
public sealed record LateDossier(
    string Code, string ProcedureCode, string ProcedureName, string UnitCode, string Status, string? AssignedTo,
    DateTimeOffset DueAt, DateTimeOffset? ResolvedAt, DateTimeOffset Until, decimal HoursLate, LostStep? LostStep, ApologyInfo? Apology);

/// <summary>
/// One dossier at risk (DOMAIN.md §5: due within three days and still open): the working hours left, the step it stands
/// at and whether that step is already past its own share of the time.
/// </summary>
public sealed record AtRiskDossier(
    string Code, string ProcedureCode, string ProcedureName, string UnitCode, string Status, DateTimeOffset DueAt, decimal HoursLeft, LostStep? Step, bool StepLate);

/// <summary>The dossiers of one unit, or of one officer (null: the step's officer is not known), with their number.</summary>
public sealed record DossierGroup<T>(string? Key, string Name, int Total, IReadOnlyList<T> Dossiers);

/// <summary>
/// Per resolving unit, and per officer of the step where the time was lost (DOMAIN.md §4: the units and officers that
/// caused the lateness); every dossier is in one unit group and one officer group. Beside them, as of now whatever the
/// period, the dossiers at risk per unit and per officer of the step they stand at, so that a leader acts before they are late.
/// </summary>
public sealed record LateDossiers(
    DateOnly From, DateOnly To, int Total, IReadOnlyList<DossierGroup<LateDossier>> Units, IReadOnlyList<DossierGroup<LateDossier>> Officers,
    int AtRiskTotal, IReadOnlyList<DossierGroup<AtRiskDossier>> AtRiskUnits, IReadOnlyList<DossierGroup<AtRiskDossier>> AtRiskOfficers);
