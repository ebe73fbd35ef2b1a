using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Dossiers;

/// <summary>Chi tiết hồ sơ: status, applicant, components, clock, control sheet, full history and files.</summary>
public sealed class GetDossier(MotCuaDbContext db, DossierPermissions permissions, CalendarSource calendars, PersonalDataLog log, OfficerActions actions, UnitDirectory directory)
{
    /// <summary>The dossier an officer opens: logged as a read of its applicant's data.</summary>
    public async Task<Outcome<DossierDetail>> HandleAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var detail = await DetailAsync(found.Value, ct);
        await log.DossierAsync(found.Value, PersonalDataAction.Opened, null, ct);
        return detail;
    }

    /// <summary>
    /// The dossier as an action left it, for the officer who acted: not logged as a read, since the action's event
    /// records who acted and when, and the page he acted from was logged when he opened it.
    /// </summary>
    public async Task<Outcome<DossierDetail>> AfterActionAsync(string code, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        return found.Failed ? found.Error : await DetailAsync(found.Value, ct);
    }

    private async Task<DossierDetail> DetailAsync(Dossier dossier, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstAsync(p => p.Id == dossier.ProcedureId, ct);
        var events = await db.DossierEvents.AsNoTracking().Where(e => e.DossierId == dossier.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        var attachments = await db.DossierAttachments.AsNoTracking().Where(a => a.DossierId == dossier.Id).ToListAsync(ct);
        var codes = await directory.CodesAsync(db, ct);
        var calendar = await calendars.ForUnitAsync(dossier.UnitId, ct);
        var portal = await db.PortalSyncs.AsNoTracking().Where(s => s.DossierId == dossier.Id).OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        var offset = WorkingCalendar.VietnamOffset;
        var (mine, next) = await actions.ForAsync(dossier, procedure, ct);
        var names = await db.OfficerNamesAsync(
            events.SelectMany(e => new[] { e.ByUserName, e.Type == DossierActions.Name(DossierAction.Assign) ? e.Note : null })
                .Concat(attachments.Select(a => a.UploadedBy)).Append(dossier.AssignedTo), ct);
        return new DossierDetail(
            dossier.Code, DossierStatusNames.Of(dossier.Status), procedure.Code, procedure.Name,
            codes[dossier.UnitId], codes[dossier.CurrentUnitId], dossier.Channel, dossier.Applicant, dossier.Components,
            dossier.SubmittedAt.ToOffset(offset), dossier.ReceivedAt?.ToOffset(offset), dossier.DueAt?.ToOffset(offset),
            dossier.RescheduledTo?.ToOffset(offset), dossier.EndedAt?.ToOffset(offset),
            dossier.EndedAt is { } ended && dossier.DueAt is { } due ? TimelinessRule.Of(ended, due) : null,
            dossier.AssignedTo, dossier.CurrentStep,
            DossierWorkflow.Allowed(dossier.Status).Select(DossierActions.Name).ToList(),
            ControlSheet.Steps(dossier, procedure, events, calendar, codes),
            events.Select(e => new EventInfo(
                e.Sequence, e.Type, e.At.ToOffset(offset), e.ByUserName, codes[e.UnitId],
                e.FromStatus is { } from ? DossierStatusNames.Of(from) : null, DossierStatusNames.Of(e.ToStatus),
                e.Step, e.DueAt?.ToOffset(offset), e.Note)).ToList(),
            dossier.ResultKind,
            dossier.ResultSignature is { } signature ? signature with { SignedAt = signature.SignedAt.ToOffset(offset) } : null,
            attachments.OrderBy(a => a.UploadedAt).Select(AttachmentInfo.Of).ToList(),
            dossier.Payments.Select(p => p with { At = p.At.ToOffset(offset) }).ToList(),
            dossier.Vneid,
            dossier.SynchronizedAt?.ToOffset(offset),
            portal is null ? null : PortalSyncInfo.Of(portal, offset),
            mine,
            next,
            names,
            dossier.ReceivedAtUnitId is { } desk ? codes[desk] : null,
            ResultPlace.Of(dossier),
            dossier.ReceivedAtUnitId is null ? null : codes[ResultPlace.DeskOf(dossier, await db.Units.Where(u => u.Id == dossier.UnitId).Select(u => u.OneStopDeskId).FirstAsync(ct))]);
    }
}
