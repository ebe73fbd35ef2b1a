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
    bool? FullOnlineEligible = null)
{
    /// <summary>
    /// What the index and the daily aggregates assume of a procedure recorded before the catalog asked, for each fact
    /// it leaves empty: it may be applied for by citizens and organizations, its result is a document (so its dossiers
    /// are expected to end in an electronic result), it is not a certified copy, online payment is not integrated, and
    /// it is eligible for full-process online exactly when it is offered so.
    /// </summary>
    public static ProcedureFactDefaults Historical { get; } = new(
        ProcedureSubjects.Citizens | ProcedureSubjects.Organizations,
        ResultIsDocument: true,
        IsCertifiedCopy: false,
        OnlinePaymentIntegrated: false,
        FullOnlineEligible: null);
}
