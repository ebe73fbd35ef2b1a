using Microsoft.EntityFrameworkCore;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Plans;

public sealed record SignedPlanInfo(string FileName, long Size);

/// <summary>
/// The plan as signed and issued: the office uploads the PDF (checked by its content, a new one replaces it), whoever
/// sees the plan downloads it. POST and GET /api/v1/plans/{id}/signed.
/// </summary>
public sealed class SignedPlan(MotCuaDbContext db, PlanPermissions permissions, IFileStore store)
{
    private static readonly IReadOnlyList<FileType> Accepted = [FileType.Pdf];

    public async Task<Outcome<SignedPlanInfo>> UploadAsync(Guid planId, IFormFile? file, CancellationToken ct)
    {
        var own = await permissions.FindOwnPlanAsync(planId, ct);
        if (own.Failed)
        {
            return own.Error;
        }

        var upload = await UploadedFile.ReadAsync(file, AttachEvidence.MaxBytes, Accepted, ct);
        if (upload.Failed)
        {
            return upload.Error;
        }

        var plan = await db.Plans.FirstAsync(p => p.Id == planId, ct);
        plan.SignedCopy = await store.KeepAsync(upload.Value, ct);
        await db.SaveChangesAsync(ct);
        return new SignedPlanInfo(plan.SignedCopy.FileName, plan.SignedCopy.Size);
    }

    public async Task<Outcome<FileDownload>> DownloadAsync(Guid planId, CancellationToken ct)
    {
        var plan = await permissions.FindPlanAsync(planId, ct);
        if (plan.Failed)
        {
            return plan.Error;
        }

        return plan.Value.SignedCopy is { } signed
            ? await store.DownloadAsync(signed, ct)
            : Error.NotFound(new("bản kế hoạch đã ký", "The signed plan"), planId.ToString());
    }
}
