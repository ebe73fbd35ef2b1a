using MotCua.Domain.Organization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Text;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The inbox's filters; <paramref name="View"/> is one of <see cref="InboxView.All"/> (none: every dossier, as before issue 18).</summary>
public sealed record DossierQuery(string? Q, string? Status, string? UnitCode, string? Due, bool? Mine, string? View = null);

public sealed record DossierSummary(
    string Code, string Status, string ProcedureName, string ApplicantName, string UnitCode, string CurrentUnitCode, DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt, string? AssignedTo, bool Late, string? AssigneeName, TimeLeft TimeLeft);

/// <summary>
/// The officer's inbox (hộp hồ sơ): dossiers of his units, in a work queue (<see cref="InboxView"/>), filtered by
/// status, unit, what is due (today, soon = within three days, late) or assigned to him; most urgent first.
/// </summary>
public sealed class ListDossiers(MotCuaDbContext db, DossierPermissions permissions, TimeProvider clock, CalendarSource calendars, UnitDirectory directory)
{
    /// <summary>The API's read: <c>page</c> and <c>pageSize</c>, or <c>after</c>, checked first (<see cref="InboxPaging.From"/>).</summary>
    public async Task<Outcome<DossierPage>> HandleAsync(DossierQuery query, int? page, int? pageSize, string? after, CancellationToken ct)
    {
        var paging = InboxPaging.From(page, pageSize, after);
        return paging.Failed ? paging.Error : await HandleAsync(query, paging.Value, ct);
    }

    public async Task<Outcome<DossierPage>> HandleAsync(DossierQuery query, InboxPaging page, CancellationToken ct)
    {
        var dossiers = await permissions.ReadableDossiersAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.View))
        {
            if (InboxView.Filter(dossiers, query.View, permissions.UserName, await permissions.UnitsHeldAsync(ct, Role.Receptionist)) is not { } view)
            {
                return Error.Validation("view", new($"Hộp hồ sơ phải là một trong: {string.Join(", ", InboxView.All)}.", $"view must be one of: {string.Join(", ", InboxView.All)}."));
            }

            dossiers = view;
        }

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
                return Error.NotFound(UnitLookup.UnitNoun, query.UnitCode);
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

        return await PageAsync(dossiers, page, query.View, ct);
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

    /// <summary>
    /// The page of the inbox, most urgent first (the newest first for finished dossiers): an officer's few open dossiers
    /// ordered here (<see cref="SmallInbox"/>), any other list by the database (<see cref="OrderedAsync"/>); one row
    /// past the page says whether another follows, and names the cursor.
    /// </summary>
    private async Task<DossierPage> PageAsync(IQueryable<Dossier> dossiers, InboxPaging paging, string? view, CancellationToken ct)
    {
        // A view other than the finished holds open work only, read whole when it is few: an officer over less than
        // half of the units is asked first. Over more (an administrator), his work is most of the province's and the
        // ordered walk finds a page at once; asking first only cost him a statement (47 against 54–68 requests a second at 5 M).
        var few = view is not null && view != InboxView.Done && await permissions.OverFewUnitsAsync(ct)
            ? await dossiers.Select(d => new InboxKey(d.Id, d.DueAt, d.Code)).Take(SmallInbox.Most + 1).ToListAsync(ct)
            : null;
        var (rows, total) = few is { Count: <= SmallInbox.Most }
            ? (await FewAsync(dossiers, SmallInbox.Page([.. few.Order(SmallInbox.Order)], paging), ct), few.Count)
            : await OrderedAsync(dossiers, paging, newestFirst: view == InboxView.Done, ct);
        var size = paging.Page.PageSize;
        var page = paging.After is null ? paging.Page.Page : paging.After.Page + 1;
        var next = rows.Count > size ? new InboxCursor(page, rows[size - 1].DueAt, rows[size - 1].Code).ToString() : null;
        rows = rows.Take(size).ToList();
        return new DossierPage(await SummariesAsync(rows, ct), page, size, paging.Counted ? total : null, next);
    }

    /// <summary>The dossiers of the keys, in their order; one changed out of the view since its key was read is left out.</summary>
    private static async Task<List<Dossier>> FewAsync(IQueryable<Dossier> dossiers, List<InboxKey> keys, CancellationToken ct)
    {
        var ids = keys.Select(k => k.Id).ToList();
        var byId = await dossiers.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        return [.. keys.Where(k => byId.ContainsKey(k.Id)).Select(k => byId[k.Id])];
    }

    /// <summary>
    /// Most urgent first: by due instant (late, due today, due soon, then the rest), the newest first for finished
    /// dossiers. Two reads that the (DueAt, Code) indexes serve in order, those with a due instant and then those not
    /// yet received, instead of one sort on "DueAt IS NULL" that makes the database sort every row it found; each reads
    /// on from the cursor, and one row past the page says whether another follows.
    /// </summary>
    private static async Task<(List<Dossier> Rows, int Total)> OrderedAsync(IQueryable<Dossier> dossiers, InboxPaging paging, bool newestFirst, CancellationToken ct)
    {
        var (size, after) = (paging.Page.PageSize, paging.After);
        var timed = dossiers.Where(d => d.DueAt != null);
        var untimed = dossiers.Where(d => d.DueAt == null);
        var (timedCount, untimedCount) = paging.Counted ? (await timed.CountAsync(ct), await untimed.CountAsync(ct)) : (0, 0);
        var skip = after is null ? paging.Page.Skip : 0;
        var rows = new List<Dossier>();
        if (after is not { DueAt: null } && (!paging.Counted || skip < timedCount))
        {
            var ordered = newestFirst ? InboxKeyset.Before(timed, after).OrderByDescending(d => d.DueAt).ThenByDescending(d => d.Code)
                : InboxKeyset.After(timed, after).OrderBy(d => d.DueAt).ThenBy(d => d.Code);
            rows.AddRange(await ordered.Skip(skip).Take(size + 1).ToListAsync(ct));
        }

        if (rows.Count <= size && (!paging.Counted || untimedCount > 0))
        {
            var ordered = newestFirst ? InboxKeyset.Before(untimed, after is { DueAt: null } ? after : null).OrderByDescending(d => d.Code)
                : InboxKeyset.After(untimed, after is { DueAt: null } ? after : null).OrderBy(d => d.Code);
            rows.AddRange(await ordered.Skip(Math.Max(0, skip - timedCount)).Take(size + 1 - rows.Count).ToListAsync(ct));
        }

        return (rows, timedCount + untimedCount);
    }

    private async Task<List<DossierSummary>> SummariesAsync(List<Dossier> rows, CancellationToken ct)
    {
        var procedureIds = rows.Select(d => d.ProcedureId).Distinct().ToList();
        var procedures = await db.Procedures.AsNoTracking().Where(p => procedureIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var names = await db.OfficerNamesAsync(rows.Select(d => d.AssignedTo), ct);
        var codes = await directory.CodesAsync(db, ct);
        var calendarsByUnit = new Dictionary<Guid, WorkingCalendar>();
        foreach (var unit in rows.Select(d => d.UnitId).Distinct())
        {
            calendarsByUnit[unit] = await calendars.ForUnitAsync(unit, ct);
        }

        var now = clock.GetUtcNow();
        var offset = WorkingCalendar.VietnamOffset;
        return rows.Select(d => new DossierSummary(
            d.Code, DossierStatusNames.Of(d.Status), procedures[d.ProcedureId], d.Applicant.FullName,
            codes[d.UnitId], codes[d.CurrentUnitId], d.ReceivedAt?.ToOffset(offset), d.DueAt?.ToOffset(offset),
            d.AssignedTo, d.DueAt is { } due && (d.EndedAt ?? now) > due,
            d.AssignedTo is { } who ? names.GetValueOrDefault(who) : null,
            TimeLeft.Of(d.Status, d.DueAt, d.EndedAt, now, calendarsByUnit[d.UnitId]))).ToList();
    }
}
