using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Organization;

/// <summary>
/// Thông qua: a planned act waits for its effective day, or is applied at once when that day has come (or passed: its
/// facts are then dated from it). The scheduled job applies the waiting acts on their day (<see cref="ApplyDueAsync"/>).
/// </summary>
public sealed class AdoptReorganization(MotCuaDbContext db, ReorganizationRunner runner, TimeProvider clock, ILogger<AdoptReorganization> logger)
{
    /// <summary>The longest reason kept on the act (a refusal can name hundreds of units).</summary>
    public const int MaxFailure = 2000;

    public async Task<Outcome<ReorganizationInfo>> HandleAsync(Guid id, CancellationToken ct)
    {
        var act = await db.Reorganizations.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (act is null)
        {
            return ReorganizationLookup.NotFound(id);
        }

        if (act.Status != ReorganizationStatus.Planned)
        {
            return ReorganizationLookup.NotInPlan;
        }

        act.Status = ReorganizationStatus.Adopted;
        if (act.EffectiveOn > DossierPeriod.Today(clock))
        {
            await db.SaveChangesAsync(ct);
            return ReorganizationInfo.Of(act);
        }

        var applied = await ApplyAsync(act, ct);
        return applied.Failed ? applied.Error : ReorganizationInfo.Of(act);
    }

    /// <summary>
    /// Applies every adopted act whose day has come, oldest first. One that is refused stays adopted with the reason and
    /// the time recorded on it: its page and <c>/health</c> show it until it is withdrawn or its blocker removed.
    /// </summary>
    public async Task ApplyDueAsync(CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var due = await db.Reorganizations.Where(r => r.Status == ReorganizationStatus.Adopted && r.EffectiveOn <= today)
            .OrderBy(r => r.EffectiveOn).Select(r => r.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            var applied = await ApplyAsync(await db.Reorganizations.SingleAsync(r => r.Id == id, ct), ct);
            if (applied.Failed)
            {
                var act = await db.Reorganizations.SingleAsync(r => r.Id == id, ct);
                var reason = applied.Error.Describe("; ");
                (act.FailedAt, act.FailureVi, act.FailureEn) = (clock.GetUtcNow(), Cut(reason.Vi), Cut(reason.En));
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private static string Cut(string reason) => reason.Length <= MaxFailure ? reason : reason[..(MaxFailure - 1)] + "…";

    private async Task<Outcome<Reorganization>> ApplyAsync(Reorganization act, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        var run = await runner.RunAsync(act, ct);
        if (run.Failed)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogWarning("Reorganization {Decision} not applied: {Reason}", act.DecisionNumber, run.Error.Detail?.En);
            return run.Error;
        }

        act.Status = ReorganizationStatus.Applied;
        act.AppliedAt = clock.GetUtcNow();
        (act.FailedAt, act.FailureVi, act.FailureEn) = (null, null, null);
        act.NotMoved.AddRange(run.Value);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return act;
    }
}
