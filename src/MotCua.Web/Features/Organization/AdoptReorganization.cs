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

    /// <summary>Applies every adopted act whose day has come, oldest first; one that is refused stays adopted and is logged.</summary>
    public async Task ApplyDueAsync(CancellationToken ct)
    {
        var today = DossierPeriod.Today(clock);
        var due = await db.Reorganizations.Where(r => r.Status == ReorganizationStatus.Adopted && r.EffectiveOn <= today)
            .OrderBy(r => r.EffectiveOn).Select(r => r.Id).ToListAsync(ct);
        foreach (var id in due)
        {
            _ = await ApplyAsync(await db.Reorganizations.SingleAsync(r => r.Id == id, ct), ct);
        }
    }

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
        act.NotMoved.AddRange(run.Value);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return act;
    }
}
