namespace MotCua.Domain.Indicators;

/// <summary>
/// Facts about a procedure the index needs (INDICATORS-766.md, "What MotCua must record") that the catalog does not
/// record yet; the web part adds them to the procedure's form. <see cref="FullOnlineEligible"/> null means "as
/// offered": eligible when the procedure is offered full-process online.
/// </summary>
public sealed record UnrecordedProcedureFacts(
    ProcedureSubjects Subjects,
    bool ResultIsDocument,
    bool IsCertifiedCopy = false,
    bool OnlinePaymentIntegrated = false,
    bool? FullOnlineEligible = null);
