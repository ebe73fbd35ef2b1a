using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Feedback;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Feedback;

/// <summary>
/// Who may see and act on feedback: an officer sees the feedback held by the units in his scope (his units, and the
/// units below them for leaders and KSTTHC officers), and acts with a role held at the unit or a unit above it.
/// Triage, publication, refusal and closing are decisions of a leader or the KSTTHC office; specialists prepare answers.
/// </summary>
public sealed class FeedbackPermissions(MotCuaDbContext db, CurrentOfficer officer)
{
    public static readonly Text FeedbackNoun = new("phản ánh, kiến nghị", "Feedback");

    private static readonly Role[] Deciders = [Role.Leader, Role.KsttOfficer];
    private static readonly Role[] Handlers = [Role.Specialist, Role.Leader, Role.KsttOfficer];

    public string UserName => officer.UserName;

    public Task<IReadOnlySet<Guid>> ScopeAsync(CancellationToken ct) => officer.VisibleUnitIdsAsync(ct);

    /// <summary>The roles that may take <paramref name="action"/>.</summary>
    public static IReadOnlyList<Role> RolesFor(FeedbackAction action) =>
        action is FeedbackAction.RequestInformation or FeedbackAction.ReceiveInformation or FeedbackAction.Answer ? Handlers : Deciders;

    public async Task<bool> MayTakeAsync(FeedbackAction action, Guid unitId, CancellationToken ct)
    {
        var roles = RolesFor(action);
        var held = officer.Grants.Where(g => roles.Contains(g.Role)).Select(g => g.UnitId).ToHashSet();
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        for (Guid? cursor = unitId; cursor is { } id; cursor = parents.GetValueOrDefault(id))
        {
            if (held.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A feedback the officer may see. One outside his scope answers 404, not 403, so that guessing codes reveals
    /// nothing about other units' feedback.
    /// </summary>
    public async Task<Outcome<FeedbackItem>> FindVisibleAsync(string code, CancellationToken ct)
    {
        var item = await db.Feedback.FirstOrDefaultAsync(f => f.Code == code, ct);
        return item is not null && (await ScopeAsync(ct)).Contains(item.UnitId) ? item : Error.NotFound(FeedbackNoun, code);
    }
}
