using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What this officer may do to the dossier now: the actions its state allows that his role at the acting unit may
/// take, the step's own role closing a step, with the next move of the procedure's process first — so that his page
/// offers no action that would end in "Không có quyền".
/// </summary>
public sealed class OfficerActions(DossierPermissions permissions)
{
    /// <summary>The officer's actions, the process's next move first; <c>Next</c> names that move when it is his.</summary>
    public async Task<(IReadOnlyList<string> Mine, string? Next)> ForAsync(Dossier dossier, Procedure procedure, CancellationToken ct)
    {
        var step = procedure.Steps.ElementAtOrDefault(dossier.CurrentStep);
        var mine = new List<DossierAction>();
        foreach (var action in DossierWorkflow.Allowed(dossier.Status))
        {
            if (await ApplyAction.ActorUnitAsync(permissions, dossier, procedure, action, ApplyAction.RolesFor(action, dossier, procedure), ct) is not null)
            {
                mine.Add(action);
            }
        }

        var next = Next(dossier, step);
        return ([.. mine.OrderBy(a => a == next ? 0 : 1).Select(DossierActions.Name)], mine.Contains(next) ? DossierActions.Name(next) : null);
    }

    /// <summary>The move that takes the dossier on along its process: the desk's intake and hand-back, assignment of the specialist's step, the leader's approval.</summary>
    public static DossierAction Next(Dossier dossier, ProcessStep? step) => dossier.Status switch
    {
        DossierStatus.Submitted => DossierAction.Receive,
        DossierStatus.WaitingSupplement => DossierAction.ReceiveSupplement,
        DossierStatus.Paused => DossierAction.Resume,
        DossierStatus.Approved => DossierAction.IssueResult,
        DossierStatus.ResultIssued => DossierAction.ReturnResult,
        _ when dossier.AssignedTo is null && step?.Role == Role.Specialist => DossierAction.Assign,
        _ when step?.Role == Role.Leader => DossierAction.Approve,
        _ => DossierAction.CompleteStep,
    };
}
