using Microsoft.Extensions.Options;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// POST /api/v1/dossiers/{code}/attachments: the digitized copy of one of the dossier's components
/// (số hóa, DOMAIN.md §4), by any officer who sees the dossier. A paper component becomes digital:
/// scanned when the desk attaches it, uploaded otherwise, which is what the digitization indicator
/// counts. The file is checked by its content; a refused upload stores nothing.
/// </summary>
public sealed class AttachFile(MotCuaDbContext db, DossierPermissions permissions, IFileStore store, IOptions<FileStoreOptions> options, TimeProvider clock)
{
    public async Task<Outcome<AttachmentInfo>> HandleAsync(string code, string? component, IFormFile? file, CancellationToken ct)
    {
        var upload = await UploadedFile.ReadAsync(file, options.Value.MaxBytes, FileType.Scans, ct);
        return upload.Failed ? upload.Error : await AttachAsync(code, component, upload.Value, ct);
    }

    /// <summary>Attaches a file already checked (the intake form checks every scan before it receives the dossier).</summary>
    public async Task<Outcome<AttachmentInfo>> AttachAsync(string code, string? component, UploadedFile file, CancellationToken ct)
    {
        var found = await db.FindVisibleAsync(permissions, code, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var dossier = found.Value;
        var index = dossier.Components.FindIndex(c => c.Name == component);
        if (index < 0)
        {
            return Error.Validation("component", new("Cần chọn một thành phần của hồ sơ này.", "Choose one of this dossier's components."));
        }

        // The desk scans the paper it was handed; any other officer attaches a file the applicant sent.
        var origin = await permissions.HoldsAsync(dossier.UnitId, ct, Role.Receptionist) ? ComponentOrigin.Scan : ComponentOrigin.Upload;
        var attachment = await Stored(dossier, component, file, origin, ct);
        var received = dossier.Components[index];
        if (received.Origin == ComponentOrigin.Paper)
        {
            dossier.Components[index] = received with { Origin = origin };
        }

        var sequence = await db.NextEventSequenceAsync(dossier, ct);
        db.DossierEvents.Add(DossierHistory.Digitized(dossier, sequence, clock.GetUtcNow(), permissions.UserName, dossier.CurrentUnitId, $"{received.Name}: {attachment.File.FileName}"));
        return await db.SaveDossierAsync(ct) is { } conflict ? conflict : AttachmentInfo.Of(attachment);
    }

    /// <summary>
    /// Writes the bytes to the store and adds the row that names them, to be saved with the dossier's change. The
    /// bytes go first: a save that then fails leaves an unnamed file (harmless, the same content would reuse it),
    /// never a row naming a file that is not there.
    /// </summary>
    public Task<DossierAttachment> Stored(Dossier dossier, string? component, UploadedFile file, ComponentOrigin origin, CancellationToken ct) =>
        StoreAsync(db, store, dossier, component, file, origin, permissions.UserName, clock.GetUtcNow(), ct);

    /// <summary>The same for an upload by <paramref name="by"/> who is not an officer (a citizen submitting online).</summary>
    public static async Task<DossierAttachment> StoreAsync(
        MotCuaDbContext db, IFileStore store, Dossier dossier, string? component, UploadedFile file, ComponentOrigin origin, string by, DateTimeOffset at, CancellationToken ct)
    {
        var attachment = new DossierAttachment
        {
            DossierId = dossier.Id,
            ComponentName = component,
            File = await store.KeepAsync(file, ct),
            UploadedBy = by,
            UploadedAt = at,
            Origin = origin,
        };
        db.DossierAttachments.Add(attachment);
        return attachment;
    }
}
