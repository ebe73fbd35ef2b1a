using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Data;
using MotCua.Web.Documents.Models;
using MotCua.Web.Features.Calendar;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What the papers of one dossier (Mẫu 01–05) are filled in from: the dossier, its procedure, the
/// units above it, its events and the officers named in them, read once; and the parts every paper
/// shares (header, the dossier's description, officers' names).
/// </summary>
public sealed class DossierPaper
{
    private readonly IReadOnlyDictionary<Guid, Unit> units;
    private readonly IReadOnlyDictionary<string, string> officerNames;

    private DossierPaper(Dossier dossier, Procedure procedure, IReadOnlyDictionary<Guid, Unit> units, IReadOnlyList<DossierEvent> events, IReadOnlyDictionary<string, string> officerNames, WorkingCalendar calendar, string printedBy)
    {
        PrintedBy = printedBy;
        Dossier = dossier;
        Procedure = procedure;
        Events = events;
        Calendar = calendar;
        this.units = units;
        this.officerNames = officerNames;
        Unit = units[dossier.UnitId];
        Desk = Unit.OneStopDeskId is { } deskId ? units[deskId] : Unit;
    }

    public Dossier Dossier { get; }

    /// <summary>The officer printing the paper: he signs a receipt whose receiving event names nobody.</summary>
    public string PrintedBy { get; }

    public Procedure Procedure { get; }

    /// <summary>In the order they happened.</summary>
    public IReadOnlyList<DossierEvent> Events { get; }

    public WorkingCalendar Calendar { get; }

    /// <summary>The unit that resolves the dossier.</summary>
    public Unit Unit { get; }

    /// <summary>Its one-stop desk, which receives dossiers and hands out the papers.</summary>
    public Unit Desk { get; }

    public IReadOnlyDictionary<Guid, string> UnitCodes => units.ToDictionary(u => u.Key, u => u.Value.Code);

    public static async Task<DossierPaper> LoadAsync(MotCuaDbContext db, Dossier dossier, string printedBy, CalendarSource calendars, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var actors = events.Select(e => e.ByUserName).Append(printedBy).Distinct().ToList();
        var names = await db.Officers.AsNoTracking().Where(o => actors.Contains(o.UserName)).ToDictionaryAsync(o => o.UserName, o => o.FullName, ct);
        return new DossierPaper(dossier, procedure, units, events, names, await calendars.ForUnitAsync(dossier.UnitId, ct), printedBy);
    }

    /// <summary>The last event of a type: a dossier sent back twice is printed with the latest request.</summary>
    public DossierEvent? Latest(string type) => Events.LastOrDefault(e => e.Type == type);

    /// <summary>An officer's full name as signed; the user name when the account is gone.</summary>
    public string OfficerName(string userName) => officerNames.GetValueOrDefault(userName, userName);

    public Unit UnitById(Guid id) => units[id];

    public Unit UnitByCode(string code) => units.Values.First(u => u.Code == code);

    /// <summary>
    /// The Decree 30 header of a paper issued by the desk or by the unit: the governing body above
    /// the issuer, a number made of the dossier's daily sequence and the paper's series
    /// ("0007/TNHS"), dated on the day of <paramref name="at"/> in Vietnam time.
    /// </summary>
    public DocumentHeader Header(Unit issuer, string series, DateTimeOffset at)
    {
        var governing = issuer.Id == Desk.Id || issuer.ParentId is not { } parent ? Unit : units[parent];
        var number = DossierCode.TryParse(Dossier.Code, out var parsed) ? parsed.Sequence.ToString("D4", CultureInfo.InvariantCulture) : Dossier.Code;
        var day = DateOnly.FromDateTime(at.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        return new DocumentHeader(OfficialNames.Governing(governing), OfficialNames.Issuing(issuer), $"{number}/{series}", OfficialNames.Place(Unit, units), day);
    }

    public DossierSubject Subject => new(
        Dossier.Code,
        new ReceiptApplicant(Dossier.Applicant.FullName, Dossier.Applicant.Address ?? string.Empty, Dossier.Applicant.Phone ?? string.Empty, Dossier.Applicant.Email),
        Procedure.Name,
        Desk.Name);
}
