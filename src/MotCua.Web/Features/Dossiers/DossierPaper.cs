using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents.Models;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// What the papers of one dossier (Mẫu 01–05) are filled in from: the dossier, its procedure, the
/// units above it, its events and the officers named in them, read once; and the parts every paper
/// shares (header, the dossier's description, officers' names).
/// </summary>
public sealed class DossierPaper
{
    private readonly IReadOnlyDictionary<Guid, Unit> units;
    private readonly IReadOnlyList<UnitVersion> versions;
    private readonly IReadOnlyDictionary<string, string> officerNames;

    private DossierPaper(Dossier dossier, Procedure procedure, IReadOnlyDictionary<Guid, Unit> units, IReadOnlyList<UnitVersion> versions, IReadOnlyList<DossierEvent> events, IReadOnlyDictionary<string, string> officerNames, WorkingCalendar calendar, string printedBy)
    {
        this.versions = versions;
        PrintedBy = printedBy;
        Dossier = dossier;
        Procedure = procedure;
        Events = events;
        Calendar = calendar;
        this.units = units;
        this.officerNames = officerNames;
        Unit = units[dossier.UnitId];
        Desk = dossier.ReceivedAtUnitId is { } received ? units[received] : Unit.OneStopDeskId is { } deskId ? units[deskId] : Unit;
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

    /// <summary>
    /// The desk or centre that received it and hands out the papers: the unit's one-stop desk, or the centre elsewhere in
    /// the province that received it regardless of administrative boundary.
    /// </summary>
    public Unit Desk { get; }

    /// <summary>The desk or centre where the applicant collects the result (<see cref="ResultPlace"/>).</summary>
    public Unit ResultDesk => units[ResultPlace.DeskOf(Dossier, Unit.OneStopDeskId)];

    public IReadOnlyDictionary<Guid, string> UnitCodes => units.ToDictionary(u => u.Key, u => u.Value.Code);

    public static async Task<DossierPaper> LoadAsync(MotCuaDbContext db, Dossier dossier, string printedBy, CalendarSource calendars, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var versions = await db.UnitVersions.AsNoTracking().ToListAsync(ct);
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var actors = events.Select(e => e.ByUserName).Append(printedBy).Distinct().ToList();
        var names = await db.Officers.AsNoTracking().Where(o => actors.Contains(o.UserName)).ToDictionaryAsync(o => o.UserName, o => o.FullName, ct);
        return new DossierPaper(dossier, procedure, units, versions, events, names, await calendars.ForUnitAsync(dossier.UnitId, ct), printedBy);
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
    /// ("0007/TNHS"), dated on the day of <paramref name="at"/> in Vietnam time, with the names the units bore that day
    /// (a receipt reprinted after a reorganization still names the ward that issued it). A desk's paper is headed by the
    /// unit it serves; a centre's that received it for another unit, by the centre's own parent.
    /// </summary>
    public DocumentHeader Header(Unit issuer, string series, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var then = On(day);
        var by = then[issuer.Id];
        var governing = (by.Id == Desk.Id && Dossier.ReceivedAtUnitId is null) || by.ParentId is not { } parent ? then[Unit.Id] : then[parent];
        var number = DossierCode.TryParse(Dossier.Code, out var parsed) ? parsed.Sequence.ToString("D4", CultureInfo.InvariantCulture) : Dossier.Code;
        return new DocumentHeader(OfficialNames.Governing(governing), OfficialNames.Issuing(by), $"{number}/{series}", OfficialNames.Place(then[Unit.Id], then), day);
    }

    /// <summary>The units as they stood on <paramref name="day"/>; one founded later is taken as it is.</summary>
    private Dictionary<Guid, Unit> On(DateOnly day)
    {
        var dated = OrganizationAsOf.Tree(units.Values, versions, day).ToDictionary(u => u.Id);
        return units.ToDictionary(u => u.Key, u => dated.GetValueOrDefault(u.Key, u.Value));
    }

    public DossierSubject Subject => new(
        Dossier.Code,
        new ReceiptApplicant(Dossier.Applicant.FullName, Dossier.Applicant.Address ?? string.Empty, Dossier.Applicant.Phone ?? string.Empty, Dossier.Applicant.Email),
        Procedure.Name,
        Desk.Name);
}
