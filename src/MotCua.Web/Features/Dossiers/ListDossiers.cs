using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

public sealed record DossierQuery(string? Q, string? Status, string? UnitCode, string? Due, bool? Mine);

public sealed record DossierSummary(string Code, string Status, string ProcedureName, string ApplicantName, string UnitCode, string CurrentUnitCode, DateTimeOffset? ReceivedAt, DateTimeOffset? DueAt, string? AssignedTo, bool Late);

/// <summary>
/// The officer's inbox (hộp hồ sơ): dossiers of his units, filtered by status, unit, what is due
/// (today, soon = within three days, late) or assigned to him; earliest due first.
/// </summary>
public sealed class ListDossiers(MotCuaDbContext db, DossierPermissions permissions, TimeProvider clock)
{
    public async Task<Outcome<Paged<DossierSummary>>> HandleAsync(DossierQuery query, PageRequest page, CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var dossiers = db.Dossiers.AsNoTracking().Where(d => scope.Contains(d.UnitId) || scope.Contains(d.CurrentUnitId));
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (!Enum.TryParse<DossierStatus>(query.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                return Error.Validation("status", new("Trạng thái hồ sơ không hợp lệ.", "Unknown dossier status."));
            }

            dossiers = dossiers.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.UnitCode))
        {
            var unitId = await db.Units.Where(u => u.Code == query.UnitCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (unitId is null)
            {
                return Error.NotFound(Organization.UnitLookup.UnitNoun, query.UnitCode);
            }

            dossiers = dossiers.Where(d => d.UnitId == unitId || d.CurrentUnitId == unitId);
        }

        foreach (var term in SearchText.Terms(query.Q))
        {
            dossiers = dossiers.Where(d => d.SearchText.Contains(term));
        }

        if (query.Mine == true)
        {
            dossiers = dossiers.Where(d => d.AssignedTo == permissions.UserName);
        }

        if (!string.IsNullOrWhiteSpace(query.Due))
        {
            if (DueFilter(dossiers, query.Due, clock.GetUtcNow()) is not { } due)
            {
                return Error.Validation("due", new("Bộ lọc hạn phải là today, soon hoặc late.", "due must be today, soon or late."));
            }

            dossiers = due;
        }

        return await PageAsync(dossiers, page, ct);
    }

    /// <summary>Dossiers due today, within three days, or late; null for an unknown filter. The inbox tabs and the daily digest count alike.</summary>
    public static IQueryable<Dossier>? DueFilter(IQueryable<Dossier> dossiers, string due, DateTimeOffset now)
    {
        var running = dossiers.Where(d => DossierWorkflow.Running.Contains(d.Status));
        var today = now.ToOffset(WorkingCalendar.VietnamOffset);
        var endOfToday = new DateTimeOffset(today.Date.AddDays(1), WorkingCalendar.VietnamOffset);
        return due.ToLowerInvariant() switch
        {
            "today" => running.Where(d => d.DueAt >= now && d.DueAt < endOfToday),
            "soon" => running.Where(d => d.DueAt >= now && d.DueAt < endOfToday.AddDays(3)),

            // Late: still running past the due instant, or resolved after it and not yet handed back.
            "late" => dossiers.Where(d => (DossierWorkflow.Running.Contains(d.Status) && d.DueAt < now) || (d.Status == DossierStatus.ResultIssued && d.EndedAt > d.DueAt)),
            _ => null,
        };
    }

    private async Task<Outcome<Paged<DossierSummary>>> PageAsync(IQueryable<Dossier> dossiers, PageRequest page, CancellationToken ct)
    {
        var total = await dossiers.CountAsync(ct);
        var rows = await dossiers.OrderBy(d => d.DueAt == null).ThenBy(d => d.DueAt).ThenBy(d => d.Code).Skip(page.Skip).Take(page.PageSize)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, p.Name })
            .ToListAsync(ct);
        var codes = await db.UnitCodesAsync(ct);
        var now = clock.GetUtcNow();
        var offset = WorkingCalendar.VietnamOffset;
        var items = rows.Select(r => new DossierSummary(
            r.Dossier.Code, DossierStatusNames.Of(r.Dossier.Status), r.Name, r.Dossier.Applicant.FullName,
            codes[r.Dossier.UnitId], codes[r.Dossier.CurrentUnitId], r.Dossier.ReceivedAt?.ToOffset(offset), r.Dossier.DueAt?.ToOffset(offset),
            r.Dossier.AssignedTo, r.Dossier.DueAt is { } due && (r.Dossier.EndedAt ?? now) > due)).ToList();
        return new Paged<DossierSummary>(items, page.Page, page.PageSize, total);
    }
}
