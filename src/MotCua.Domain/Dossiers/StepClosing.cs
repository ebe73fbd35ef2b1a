using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Dossiers;

/// <summary>
/// Which internal step an action closes on the control sheet (Mẫu 05, Circular 01/2018): each step is closed by the
/// role that does it. The desk and the specialist hand their step on themselves (complete-step); the leader's step is
/// closed by his approval and the return step by the return, since nobody hands those on separately.
/// </summary>
public static class StepClosing
{
    /// <summary>The index of the step <paramref name="action"/> closes when taken at step <paramref name="current"/>; null when it closes none.</summary>
    public static int? Closes(IReadOnlyList<ProcessStep> steps, DossierAction action, int current) => action switch
    {
        DossierAction.CompleteStep when current < steps.Count => current,
        DossierAction.Approve => LastIndex(steps, s => s.Role == Role.Leader, current),
        DossierAction.ReturnResult => LastIndex(steps, s => s.Role == Role.Receptionist, current),
        _ => null,
    };

    /// <summary>Who may hand on the step in progress: its own role (the leader's approval and the return close theirs as well).</summary>
    public static Role? Holder(IReadOnlyList<ProcessStep> steps, int current) => current < steps.Count ? steps[current].Role : null;

    /// <summary>The last step from <paramref name="current"/> on that matches, as the approval and the return come late in the process.</summary>
    private static int? LastIndex(IReadOnlyList<ProcessStep> steps, Func<ProcessStep, bool> match, int current)
    {
        for (var i = steps.Count - 1; i >= current; i--)
        {
            if (match(steps[i]))
            {
                return i;
            }
        }

        return null;
    }
}
