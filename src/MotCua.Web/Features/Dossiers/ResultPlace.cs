using System.Linq.Expressions;
using MotCua.Domain.Dossiers;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Where the applicant of a dossier received regardless of administrative boundary collects the result (issue 17):
/// at the centre that received it, as by default, or at the desk or centre serving the unit that resolves it.
/// </summary>
public static class ResultPlace
{
    public const string Receiving = "receiving";

    public const string Resolving = "resolving";

    /// <summary>Whether <paramref name="value"/> asks for the resolving unit's desk; null for a word that is neither.</summary>
    public static bool? AtResolvingUnit(string value) => value switch
    {
        Receiving => false,
        Resolving => true,
        _ => null,
    };

    /// <summary>The applicant's choice as the API names it; null for a dossier received at a desk serving its unit, which returns the result there.</summary>
    public static string? Of(Dossier dossier) =>
        dossier.ReceivedAtUnitId is null ? null : dossier.ResultAtResolvingUnit ? Resolving : Receiving;

    /// <summary>
    /// The unit whose receptionists hand the result of a dossier received across a boundary back: the receiving desk, or
    /// the resolving unit (whose desk acts for it) when the applicant chose it.
    /// </summary>
    public static Guid ReturnedBy(Dossier dossier) =>
        dossier.ReceivedAtUnitId is { } receiving && !dossier.ResultAtResolvingUnit ? receiving : dossier.UnitId;

    /// <summary>
    /// <see cref="ReturnedBy"/> as a query, written beside it because the database cannot run the method: for the return
    /// queue, the dossiers a desk serving their unit received, and those received across a boundary whose result one of
    /// <paramref name="desks"/> hands back.
    /// </summary>
    public static Expression<Func<Dossier, bool>> ReturnedByOneOf(IReadOnlySet<Guid> desks) =>
        d => d.ReceivedAtUnitId == null || desks.Contains(d.ResultAtResolvingUnit ? d.UnitId : d.ReceivedAtUnitId.Value);

    /// <summary>The desk or centre that hands the result back: the receiving one, or the one serving the resolving unit (the unit itself when none does).</summary>
    public static Guid DeskOf(Dossier dossier, Guid? resolvingUnitDesk) =>
        dossier.ReceivedAtUnitId is { } receiving && !dossier.ResultAtResolvingUnit ? receiving : resolvingUnitDesk ?? dossier.UnitId;
}
