using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dashboard;
using MotCua.Web.Features.Organization;
using MotCua.Web.Notifications;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Tiếp nhận hồ sơ: a complete counter or postal dossier is received at once, with its code and
/// appointment; an online one enters the unit's intake queue to be checked (Decree 61/2018 art. 18–19).
/// Code, dossier and first event are written in one transaction.
/// </summary>
public sealed class ReceiveDossier(MotCuaDbContext db, DossierPermissions permissions, CurrentOfficer officer, CalendarSource calendars, UnitDirectory directory, TimeProvider clock, PublicAddress site)
{
    public Task<Outcome<IntakeResult>> HandleAsync(IntakeRequest request, CancellationToken ct) =>
        IntakeAsync(request, permissions.UserName, (unit, procedure, ct) => DeskAsync(request, unit, procedure, ct), null, ct);

    /// <summary>
    /// The intake with its checks, by <paramref name="by"/>: <paramref name="authorize"/> says whether he may hand the
    /// dossier in for the unit, and the desk that receives it when that is not one serving the unit; <paramref name="alongside"/> adds to the same transaction what goes with the new dossier
    /// (a citizen's account and files), once every check has passed; the dossier's code is still provisional then.
    /// </summary>
    public async Task<Outcome<IntakeResult>> IntakeAsync(IntakeRequest request, string by, Func<Unit, Procedure, CancellationToken, Task<Outcome<Guid?>>> authorize, Func<Dossier, Task>? alongside, CancellationToken ct)
    {
        var procedure = string.IsNullOrWhiteSpace(request.ProcedureCode) ? null
            : await db.Procedures.Include(p => p.Units).FirstOrDefaultAsync(p => p.Code == request.ProcedureCode && p.Status == ProcedureStatus.Active, ct);
        var unit = string.IsNullOrWhiteSpace(request.UnitCode) ? null : await db.Units.FirstOrDefaultAsync(u => u.Code == request.UnitCode && u.IsActive, ct);
        var channel = IntakeRules.ParseChannel(request.Channel);
        var errors = IntakeRules.Validate(request, procedure, channel);
        if (procedure is null)
        {
            errors["procedureCode"] = [new($"Không có thủ tục đang hiệu lực với mã \"{request.ProcedureCode}\".", $"No active procedure has code \"{request.ProcedureCode}\".")];
        }

        if (unit is null)
        {
            errors["unitCode"] = [string.IsNullOrWhiteSpace(request.UnitCode)
                ? new("Chưa chọn cơ quan giải quyết.", "No resolving authority was chosen.")
                : new($"Không có đơn vị đang hoạt động với mã \"{request.UnitCode}\".", $"No active unit has code \"{request.UnitCode}\".")];
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        if (procedure!.Units.All(u => u.UnitId != unit!.Id))
        {
            return Error.Rule(new($"{unit!.Name} không giải quyết thủ tục này.", $"{unit.Name} does not resolve this procedure."));
        }

        var receivedAt = await authorize(unit!, procedure, ct);
        if (receivedAt.Failed)
        {
            return receivedAt.Error;
        }

        if (request.ResultAt is not null && receivedAt.Value is null)
        {
            return Error.Validation("resultAt", new(
                "Chỉ chọn nơi nhận kết quả cho hồ sơ tiếp nhận không phụ thuộc địa giới hành chính, tại nơi không phục vụ cơ quan giải quyết.",
                "Where to collect the result is chosen only for a dossier received regardless of administrative boundary, at a desk not serving the resolving unit."));
        }

        var agencyCode = await AgencyCodeAsync(unit!, ct);
        if (agencyCode is null)
        {
            return Error.Rule(new("Đơn vị và các đơn vị cấp trên chưa có mã định danh; không cấp được mã hồ sơ.", "Neither the unit nor its parents have an agency code; no dossier code can be issued."));
        }

        return await WriteAsync(request, procedure, unit!, channel!.Value, agencyCode, by, async dossier =>
        {
            dossier.ReceivedAtUnitId = receivedAt.Value;
            dossier.ResultAtResolvingUnit = request.ResultAt is { } place && ResultPlace.AtResolvingUnit(place) == true;
            if (alongside is not null)
            {
                await alongside(dossier);
            }
        }, ct);
    }

    private static readonly Error NotHisDesk = Error.Forbidden(new(
        "Chỉ cán bộ tiếp nhận của Bộ phận Một cửa phục vụ đơn vị này được tiếp nhận hồ sơ (trừ thủ tục tiếp nhận không phụ thuộc địa giới hành chính).",
        "Only a receptionist of the one-stop desk serving this unit may receive its dossiers (except for location-independent procedures)."));

    /// <summary>
    /// A receptionist receives for the units his desk serves; for a location-independent procedure, at any desk or
    /// centre of the same province (Decree 118/2025: reception regardless of administrative boundary), which is recorded.
    /// </summary>
    private async Task<Outcome<Guid?>> DeskAsync(IntakeRequest request, Unit unit, Procedure procedure, CancellationToken ct)
    {
        if (await permissions.HoldsAsync(unit.Id, ct, Role.Receptionist))
        {
            return (Guid?)null;
        }

        if (!procedure.LocationIndependent)
        {
            return NotHisDesk;
        }

        var units = await directory.AllAsync(db, ct);
        var province = Province(unit, units);
        var desks = ReceptionDesks(officer, units).Where(desk => Province(desk, units) == province).DistinctBy(desk => desk.Id).ToList();
        if (!string.IsNullOrWhiteSpace(request.ReceivingUnitCode))
        {
            desks = [.. desks.Where(d => d.Code == request.ReceivingUnitCode.Trim())];
        }

        return desks.Count switch
        {
            0 => NotHisDesk,
            1 => (Guid?)desks[0].Id,
            _ => Error.Validation("receivingUnitCode", new("Cán bộ tiếp nhận tại nhiều nơi: hãy chọn nơi tiếp nhận.", "The receptionist serves several desks: choose the receiving one.")),
        };
    }

    /// <summary>The active units at which the officer is a receptionist: the desks he may receive at.</summary>
    public static IEnumerable<Unit> ReceptionDesks(CurrentOfficer officer, IReadOnlyDictionary<Guid, Unit> units) =>
        officer.Grants.Where(g => g.Role == Role.Receptionist).Select(g => units.GetValueOrDefault(g.UnitId)).OfType<Unit>().Where(desk => desk.IsActive);

    /// <summary>The province a unit belongs to: the root above it.</summary>
    public static Guid Province(Unit unit, IReadOnlyDictionary<Guid, Unit> units) =>
        UnitLookup.SelfAndAncestors(unit, units).Last().Id;

    /// <summary>
    /// Writes the dossier, its first event, its tally and what goes with it, and only then draws its number and adds to
    /// the daily aggregates: the agency's and day's counter row and the aggregate rows of the unit, procedure and day are
    /// locked from that moment to the commit, so the intakes of one desk wait for each other for that instant only, not
    /// for each other's whole write (issue 19). Until then the dossier holds a provisional code no one else can see.
    /// </summary>
    private async Task<IntakeResult> WriteAsync(IntakeRequest request, Procedure procedure, Unit unit, IntakeChannel channel, string agencyCode, string by, Func<Dossier, Task>? alongside, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var calendar = await calendars.ForUnitAsync(unit.Id, ct);
        var a = request.Applicant!;
        var applicant = new Applicant(a.FullName!.Trim(), ContactRules.Blank(a.IdNumber), ContactRules.NormalizedPhone(a.Phone), ContactRules.Blank(a.Email), ContactRules.Blank(a.Address), ContactRules.Blank(a.Organization));
        var components = (request.Components ?? []).Select(c => new ReceivedComponent(c.Name!.Trim(), c.Originals ?? 0, c.Copies ?? 0, IntakeRules.ParseOrigin(c.Origin)!.Value)).ToList();
        var id = Guid.CreateVersion7();
        var dossier = Open(id, DossierCodes.Provisional(id), procedure, unit.Id, channel, applicant, components, calendar, now);
        dossier.Vneid = request.Vneid ?? false;
        dossier.FeeExempt = request.FeeExempt ?? false;
        dossier.ResultCopies = request.ResultCopies ?? 0;
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        using var aggregates = DeferredAggregates.Begin(db);
        db.Dossiers.Add(dossier);
        db.DossierEvents.Add(DossierHistory.Opened(dossier, by));
        if (alongside is not null)
        {
            await alongside(dossier);
        }

        await db.SaveWithoutSavepointAsync(ct);
        await db.NumberAsync(dossier, agencyCode, DateOnly.FromDateTime(now.ToOffset(WorkingCalendar.VietnamOffset).DateTime), ct);
        await aggregates.WriteAsync(ct);
        if (dossier.Status == DossierStatus.InProgress)
        {
            ApplicantNotices.Queue(db, site, dossier, DossierAction.Receive, 1, now);
            await db.SaveWithoutSavepointAsync(ct);
        }

        await transaction.CommitAsync(ct);
        Instruments.Received(channel);
        return IntakeResult.Of(dossier);
    }

    /// <summary>
    /// A new dossier as the desk opens it at <paramref name="at"/>: an online one waits in the intake queue, a counter or
    /// postal one is received at once and its clock starts.
    /// </summary>
    public static Dossier Open(DossierCode code, Procedure procedure, Guid unitId, IntakeChannel channel, Applicant applicant, List<ReceivedComponent> components, WorkingCalendar calendar, DateTimeOffset at) =>
        Open(Guid.CreateVersion7(), code.ToString(), procedure, unitId, channel, applicant, components, calendar, at);

    private static Dossier Open(Guid id, string code, Procedure procedure, Guid unitId, IntakeChannel channel, Applicant applicant, List<ReceivedComponent> components, WorkingCalendar calendar, DateTimeOffset at)
    {
        var dossier = new Dossier
        {
            Id = id,
            Code = code,
            ProcedureId = procedure.Id,
            UnitId = unitId,
            CurrentUnitId = unitId,
            Channel = channel,
            Status = channel == IntakeChannel.Online ? DossierStatus.Submitted : DossierStatus.InProgress,
            Applicant = applicant,
            Components = components,
            SubmittedAt = at,
        };
        dossier.SearchText = DossierCodes.SearchTextOf(dossier);
        if (dossier.Status == DossierStatus.InProgress)
        {
            DossierTime.Receive(dossier, procedure, calendar, at);
        }

        return dossier;
    }

    private async Task<string?> AgencyCodeAsync(Unit unit, CancellationToken ct) =>
        DossierCodes.AgencyCodeOf(unit, await directory.AllAsync(db, ct));
}
