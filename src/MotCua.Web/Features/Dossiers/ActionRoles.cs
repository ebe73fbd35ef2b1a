using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Which role acts for each step of the mechanism (Decree 61/2018 art. 18–20): the desk receives,
/// asks for supplements, returns results and takes withdrawals; specialists process, transfer and
/// pause; the leader assigns, approves, refuses after review and signs the apology.
/// </summary>
public static class ActionRoles
{
    public static Role[] For(DossierAction action, DossierStatus status) => action switch
    {
        DossierAction.Receive or DossierAction.ReceiveSupplement or DossierAction.ReturnResult or DossierAction.Withdraw => [Role.Receptionist],
        DossierAction.RequestSupplement or DossierAction.Refuse when status == DossierStatus.Submitted => [Role.Receptionist],
        DossierAction.RequestSupplement or DossierAction.Pause or DossierAction.Resume or DossierAction.Transfer => [Role.Specialist, Role.Leader],
        DossierAction.CompleteStep => [Role.Receptionist, Role.Specialist, Role.Leader],
        DossierAction.IssueResult => [Role.Specialist, Role.Leader],
        _ => [Role.Leader],
    };
}
