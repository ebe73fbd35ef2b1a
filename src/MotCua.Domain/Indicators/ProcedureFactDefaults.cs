using MotCua.Domain.Catalog;

namespace MotCua.Domain.Indicators;

/// <summary>
/// What the index assumes of a procedure the catalog recorded before it asked for these facts (INDICATORS-766.md,
/// "What MotCua must record"): a fact the procedure records wins over its default. <see cref="FullOnlineEligible"/>
/// null means "as offered": eligible when the procedure is offered full-process online.
/// </summary>
public sealed record ProcedureFactDefaults(
    ProcedureSubjects Subjects,
    bool ResultIsDocument,
    bool IsCertifiedCopy = false,
    bool OnlinePaymentIntegrated = false,
    bool? FullOnlineEligible = null);
