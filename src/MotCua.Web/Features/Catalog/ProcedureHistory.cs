using MotCua.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record RevisionInfo(int Version, ProcedureChangeKind Kind, DateTimeOffset At, string ByUserName, PublicationInfo? Publication, string? Note);

/// <summary>Lịch sử công bố, sửa đổi, thay thế, bãi bỏ của một thủ tục, newest first.</summary>
public sealed class ProcedureHistory(MotCuaDbContext db)
{
    public async Task<Outcome<IReadOnlyList<RevisionInfo>>> HandleAsync(string code, CancellationToken ct)
    {
        var id = await db.Procedures.Where(p => p.Code == code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return Error.NotFound(CatalogStore.ProcedureNoun, code);
        }

        var revisions = await db.ProcedureRevisions.AsNoTracking().Where(r => r.ProcedureId == id).OrderByDescending(r => r.Version).ToListAsync(ct);
        return revisions.Select(r => new RevisionInfo(
            r.Version, r.Kind, r.At.ToOffset(WorkingCalendar.VietnamOffset), r.ByUserName,
            r.Publication is { } p ? new PublicationInfo(p.DecisionNumber, p.DecisionDate, p.EffectiveDate) : null,
            r.Note)).ToList();
    }
}
