using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Plans;

/// <summary>
/// A document uploaded as evidence of a task instance (a report, a decision, a photo of the posted list): checked by its
/// content like every attachment, stored once by its hash, by whoever may report on the instance.
/// </summary>
public sealed class AttachEvidence(MotCuaDbContext db, PlanPermissions permissions, IFileStore store, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<FileType> Accepted = [FileType.Pdf, FileType.Docx, FileType.Jpeg, FileType.Png];

    public async Task<Outcome<EvidenceFile>> HandleAsync(Guid planId, Guid taskId, Guid instanceId, IFormFile? file, CancellationToken ct)
    {
        var instance = await permissions.FindReportableAsync(planId, taskId, instanceId, ct);
        if (instance.Failed)
        {
            return instance.Error;
        }

        var upload = await UploadedFile.ReadAsync(file, MaxBytes, Accepted, ct);
        if (upload.Failed)
        {
            return upload.Error;
        }

        var evidence = new TaskEvidence
        {
            InstanceId = instanceId,
            File = await store.KeepAsync(upload.Value, ct),
            UploadedBy = permissions.UserName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.TaskEvidence.Add(evidence);
        await db.SaveChangesAsync(ct);
        return new EvidenceFile(evidence.Id, evidence.File.FileName, evidence.File.MediaType, evidence.File.Size, evidence.UploadedBy, evidence.UploadedAt);
    }
}
