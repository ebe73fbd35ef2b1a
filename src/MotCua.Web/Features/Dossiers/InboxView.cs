using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// The officer's work queues (issue 18): what waits to be assigned, what waits on him, what waits to be handed back,
/// all that is open at his units, the online submissions to take in, and — only when asked — what is finished.
/// </summary>
public static class InboxView
{
    public const string Assign = "assign";
    public const string Mine = "mine";
    public const string Return = "return";
    public const string Unit = "unit";
    public const string Queue = "queue";
    public const string Done = "done";

    public static readonly IReadOnlyList<string> All = [Assign, Mine, Return, Unit, Queue, Done];

    /// <summary>Not final: what an officer still has to do something about.</summary>
    public static IReadOnlyList<DossierStatus> Open => OpenDossiers.Statuses;

    public static IReadOnlyList<DossierStatus> Finished { get; } = Enum.GetValues<DossierStatus>().Where(DossierWorkflow.IsFinal).ToArray();

    public static string Label(string view) => view switch
    {
        Assign => Text.Pick("Chờ phân công", "To assign"),
        Mine => Text.Pick("Chờ tôi xử lý", "Waiting on me"),
        Return => Text.Pick("Chờ trả kết quả", "Result to return"),
        Queue => Text.Pick("Chờ tiếp nhận", "Intake queue"),
        Done => Text.Pick("Đã xong", "Finished"),
        _ => Text.Pick("Của đơn vị", "My units"),
    };

    /// <summary>The roles whose work a view holds: a tab is offered to the officers who do that work (all see their units' open dossiers and the finished ones).</summary>
    public static Role[] For(string view) => view switch
    {
        Assign => ActionRoles.For(DossierAction.Assign, DossierStatus.InProgress),
        Mine => [Role.Specialist, Role.Leader],
        Return or Queue => [Role.Receptionist],
        _ => [],
    };

    /// <summary>
    /// The dossiers of a view; null for an unknown one. <paramref name="desks"/> are the units for which the officer is a
    /// receptionist (<see cref="DossierPermissions.UnitsHeldAsync"/>): a dossier received across a boundary waits for its
    /// return only at the desk where the applicant chose to collect the result (<see cref="ApplyAction.ActorUnitAsync"/>).
    /// </summary>
    public static IQueryable<Dossier>? Filter(IQueryable<Dossier> dossiers, string view, string me, IReadOnlySet<Guid> desks) => view switch
    {
        Done => dossiers.Where(d => Finished.Contains(d.Status)),
        _ => OpenFilter(dossiers.Where(OpenDossiers.Filter), view, me, desks),
    };

    /// <summary>An open queue, read within the open dossiers (<see cref="OpenDossiers"/>) so that its index serves it.</summary>
    private static IQueryable<Dossier>? OpenFilter(IQueryable<Dossier> dossiers, string view, string me, IReadOnlySet<Guid> desks) => view switch
    {
        Assign => dossiers.Where(d => d.Status == DossierStatus.InProgress && d.AssignedTo == null),

        // Waiting on the assignee while his clock runs: not while the applicant is to act, nor once the result is out.
        Mine => dossiers.Where(d => d.AssignedTo == me && DossierWorkflow.Running.Contains(d.Status)),
        Return => dossiers.Where(d => d.Status == DossierStatus.ResultIssued).Where(ResultPlace.ReturnedByOneOf(desks)),
        Unit => dossiers,
        Queue => dossiers.Where(d => d.Status == DossierStatus.Submitted),
        _ => null,
    };
}
