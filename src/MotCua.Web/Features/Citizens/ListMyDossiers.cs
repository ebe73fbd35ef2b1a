using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;

namespace MotCua.Web.Features.Citizens;

/// <summary>A change of his dossier's status as the citizen sees it: what happened, the status after, when.</summary>
public sealed record MyDossierChange(string Type, string Status, DateTimeOffset At);

public sealed record MyDossier(
    string Code, string ProcedureCode, string ProcedureName, string Status, DateTimeOffset SubmittedAt, DateTimeOffset? DueAt,
    string CurrentUnit, bool HasResult, bool CanRate, IReadOnlyList<MyDossierChange> History, int Reads, long AmountOwed);

/// <summary>
/// GET /api/v1/citizens/me/dossiers, /cong-dan/ho-so: the dossiers in his account (submitted from it or added with
/// <see cref="LinkDossier"/>), newest first, with
/// their status changes and how many times officers read their data (who: <see cref="ListDossierReaders"/>). Officers' notes, names and internal steps are left out: a note may be internal (a
/// specialist's remark to his leader), and what the applicant must know reaches him in the papers sent to him.
/// </summary>
public sealed class ListMyDossiers(MotCuaDbContext db, CurrentCitizen me)
{
    public async Task<Paged<MyDossier>> HandleAsync(PageRequest page, CancellationToken ct)
    {
        var mine = db.Dossiers.AsNoTracking().Where(d => d.CitizenId == me.Id);
        var total = await mine.CountAsync(ct);
        var rows = await mine.OrderByDescending(d => d.SubmittedAt).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, p.Code, p.Name, p.Fees })
            .Join(db.Units, x => x.Dossier.CurrentUnitId, u => u.Id, (x, u) => new { x.Dossier, x.Code, x.Name, x.Fees, Unit = u.Name })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Dossier.Id).ToList();
        var changes = (await db.DossierEvents.AsNoTracking()
                .Where(e => ids.Contains(e.DossierId) && (e.FromStatus == null || e.FromStatus != e.ToStatus))
                .Select(e => new { e.DossierId, e.Sequence, e.Type, e.ToStatus, e.At }).ToListAsync(ct))
            .ToLookup(e => e.DossierId);
        var results = (await db.DossierAttachments.AsNoTracking().Where(a => ids.Contains(a.DossierId) && a.ComponentName == null)
            .Select(a => a.DossierId).ToListAsync(ct)).ToHashSet();
        var reads = await db.AccessCountsAsync(ids, ct);
        var offset = WorkingCalendar.VietnamOffset;
        var items = rows.OrderByDescending(r => r.Dossier.SubmittedAt).Select(r => new MyDossier(
            r.Dossier.Code, r.Code, r.Name, DossierStatusNames.Of(r.Dossier.Status), r.Dossier.SubmittedAt.ToOffset(offset), r.Dossier.DueAt?.ToOffset(offset), r.Unit,
            results.Contains(r.Dossier.Id) && r.Dossier.Status is DossierStatus.ResultIssued or DossierStatus.Returned,
            Rating.CanRate(r.Dossier.Status, r.Dossier.Rating),
            changes[r.Dossier.Id].OrderBy(e => e.Sequence).Select(e => new MyDossierChange(e.Type, DossierStatusNames.Of(e.ToStatus), e.At.ToOffset(offset))).ToList(),
            reads.GetValueOrDefault(r.Dossier.Id), r.Dossier.Unpaid(r.Fees))).ToList();
        return new Paged<MyDossier>(items, page.Page, page.PageSize, total);
    }
}
