using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.PersonalData;

/// <summary>
/// The unit (with the units under it), the period (yyyy-MM-dd, Vietnam days, both included) and optional filters: an
/// officer's user name, a dossier's code, an action (opened, printed, exported, downloaded, lookedUp).
/// </summary>
public sealed record AccessLogQuery(string? UnitCode, string? From, string? To, string? Officer, string? DossierCode, string? Action);

/// <summary>One entry: who (user name, full name and unit at the time), when, what and from where.</summary>
public sealed record AccessEntry(
    DateTimeOffset At, PersonalDataAction Action, string OfficerUserName, string OfficerFullName, string? OfficerUnitCode,
    string UnitCode, string? DossierCode, string? What, int DossierCount, string? Address, string? UserAgent);

/// <summary>
/// GET /api/v1/personal-data-access: the access log of a unit for its overseers (leaders, KSTTHC officers and
/// administrators of the unit or above), newest first. An entry belongs to the units whose data was read and to the
/// unit of the officer who read it: the office sees what was read of its dossiers, and what its officers read. Reading
/// the log is not itself logged.
/// </summary>
public sealed class ListAccesses(MotCuaDbContext db, DossierPermissions permissions)
{
    public async Task<Outcome<Paged<AccessEntry>>> HandleAsync(AccessLogQuery query, PageRequest page, CancellationToken ct)
    {
        var found = await FilterAsync(query, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var (entries, codes) = found.Value;
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<AccessEntry>(rows.Select(a => Entry(a, codes)).ToList(), page.Page, page.PageSize, total);
    }

    /// <summary>Every entry the query selects, newest first, up to <paramref name="max"/>; more is a 400 asking for a narrower query.</summary>
    public async Task<Outcome<IReadOnlyList<AccessEntry>>> AllAsync(AccessLogQuery query, int max, CancellationToken ct)
    {
        var found = await FilterAsync(query, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var (entries, codes) = found.Value;
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(max + 1).ToListAsync(ct);
        return rows.Count > max
            ? Error.Validation("to", new Text("Quá {0} dòng: hãy chọn kỳ ngắn hơn hoặc lọc thêm.", "More than {0} rows: choose a shorter period or filter further.").Format(max))
            : rows.Select(a => Entry(a, codes)).ToList();
    }

    private async Task<Outcome<(IQueryable<PersonalDataAccess> Entries, IReadOnlyDictionary<Guid, string> Codes)>> FilterAsync(AccessLogQuery query, CancellationToken ct)
    {
        var period = DossierPeriod.Parse(query.From, query.To);
        var action = ParseAction(query.Action);
        if (period.Failed)
        {
            return period.Error;
        }

        if (action.Failed)
        {
            return action.Error;
        }

        var overseen = await permissions.FindUnitOverseenAsync(query.UnitCode, ct);
        if (overseen.Failed)
        {
            return overseen.Error;
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var subtree = (await permissions.SubtreeAsync(overseen.Value.Id, units, ct)).ToList();
        var (start, end) = DossierPeriod.Instants(period.Value.From, period.Value.To);
        var entries = (query.DossierCode is { Length: > 0 } code ? await OfDossierAsync(code, ct) : db.PersonalDataAccesses)
            .AsNoTracking()
            .Where(a => a.At >= start && a.At < end)
            .Where(a => subtree.Contains(a.UnitId) || (a.OfficerUnitId != null && subtree.Contains(a.OfficerUnitId.Value)));
        if (query.Officer is { Length: > 0 } officer)
        {
            entries = entries.Where(a => a.OfficerUserName == officer);
        }

        if (action.Value is { } wanted)
        {
            entries = entries.Where(a => a.Action == wanted);
        }

        return (entries, units.ToDictionary(u => u.Id, u => u.Code));
    }

    /// <summary>The entries of a dossier by its code, exports included; none for a code that names no dossier.</summary>
    private async Task<IQueryable<PersonalDataAccess>> OfDossierAsync(string code, CancellationToken ct) =>
        await db.Dossiers.Where(d => d.Code == code).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct) is { } id
            ? db.AccessesOf(id)
            : db.PersonalDataAccesses.Where(a => false);

    private static Outcome<PersonalDataAction?> ParseAction(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (PersonalDataAction?)null;
        }

        var named = AccessLabels.Actions.Where(a => AccessLabels.Name(a) == text).Select(a => (PersonalDataAction?)a).FirstOrDefault();
        return named is not null
            ? named
            : Error.Validation("action", new Text("Thao tác phải là một trong: {0}.", "action must be one of: {0}.").Format(string.Join(", ", AccessLabels.Actions.Select(AccessLabels.Name))));
    }

    private static AccessEntry Entry(PersonalDataAccess a, IReadOnlyDictionary<Guid, string> codes) => new(
        a.At.ToOffset(WorkingCalendar.VietnamOffset), a.Action, a.OfficerUserName, a.OfficerFullName,
        a.OfficerUnitId is { } unit ? codes.GetValueOrDefault(unit) : null, codes.GetValueOrDefault(a.UnitId, string.Empty),
        a.DossierCode, a.What, a.DossierCount, a.Address, a.UserAgent);
}
