using System.Linq.Expressions;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>
/// The columns of a dossier's row that its facts read (<see cref="DossierFactsBuilder"/>): a period's index or report
/// loads these for thousands of dossiers, not the whole rows with the applicant and the search text (issue 19).
/// </summary>
public sealed record DossierFactsRow(
    Guid Id,
    string Code,
    Guid ProcedureId,
    Guid UnitId,
    Guid? ReceivedAtUnitId,
    IntakeChannel Channel,
    DateTimeOffset? ReceivedAt,
    ResultKind? Result,
    bool ResultSigned,
    bool ResultPushedToPersonalStore,
    List<ReceivedComponent> Components,
    bool Vneid,
    DateTimeOffset? SynchronizedAt,
    List<Payment> Payments,
    bool FeeExempt,
    SatisfactionLevel? Rating)
{
    /// <summary>The columns, as a query's projection: the database sends only these.</summary>
    public static readonly Expression<Func<Dossier, DossierFactsRow>> Columns = d => new DossierFactsRow(
        d.Id, d.Code, d.ProcedureId, d.UnitId, d.ReceivedAtUnitId, d.Channel, d.ReceivedAt, d.ResultKind, d.ResultSignature != null,
        d.ResultPushedToPersonalStore, d.Components, d.Vneid, d.SynchronizedAt, d.Payments, d.FeeExempt, d.Rating != null ? d.Rating.Level : (SatisfactionLevel?)null);

    private static readonly Func<Dossier, DossierFactsRow> Read = Columns.Compile();

    /// <summary>The columns of a dossier already loaded.</summary>
    public static DossierFactsRow Of(Dossier dossier) => Read(dossier);
}
