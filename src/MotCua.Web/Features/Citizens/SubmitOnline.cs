using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Citizens;

/// <summary>
/// Nộp hồ sơ trực tuyến (POST /api/v1/citizens/me/dossiers, /cong-dan/nop-ho-so/{code}): the signed-in citizen is the
/// applicant, as his account declares him; each component comes as an uploaded file or as one of his earlier
/// documents, reused without a copy. Every file is checked before anything is written, then the dossier goes
/// through the desk's own intake (online: Submitted, in the unit's intake queue) with its files in one transaction.
/// A second submit of the same form or request (a double click, a retry) is answered by the idempotency key the
/// page's form or the API caller sends (<see cref="IdempotencyMiddleware"/>), as for every other write.
/// </summary>
public sealed class SubmitOnline(
    MotCuaDbContext db, CurrentCitizen me, ReceiveDossier intake, ReusableDocuments documents, IFileStore store, IOptions<FileStoreOptions> options, TimeProvider clock)
{
    public async Task<Outcome<IntakeResult>> HandleAsync(string procedureCode, OnlineSubmission submission, CancellationToken ct)
    {
        var procedure = await db.Procedures.AsNoTracking().FirstOrDefaultAsync(p => p.Code == procedureCode && p.Status == ProcedureStatus.Active, ct);
        if (procedure is null)
        {
            return Error.NotFound(new("thủ tục", "Procedure"), procedureCode);
        }

        var files = new Dictionary<int, UploadedFile>();
        foreach (var (index, file) in submission.Files)
        {
            var upload = await UploadedFile.ReadAsync(file, options.Value.MaxBytes, FileType.Scans, ct);
            if (upload.Failed)
            {
                return upload.Error;
            }

            files[index] = upload.Value;
        }

        if (files.Keys.Concat(submission.Reuses.Keys).FirstOrDefault(i => i < 0 || i >= procedure.Components.Count, -1) is var unknown and >= 0)
        {
            return Error.Validation($"file{unknown}", new("Thủ tục không có thành phần hồ sơ này.", "The procedure has no such component."));
        }

        var reused = new Dictionary<int, DossierAttachment>();
        foreach (var (index, id) in submission.Reuses.Where(r => !files.ContainsKey(r.Key)))
        {
            var document = await documents.FindAsync(id, procedure.Components[index], $"reuse{index}", ct);
            if (document.Failed)
            {
                return document.Error;
            }

            reused[index] = document.Value;
        }

        var request = await RequestAsync(procedure, submission.UnitCode, files.Keys.Concat(reused.Keys).Order().ToList(), reused, ct);
        return await intake.IntakeAsync(request, me.UserName, (_, _, _) => Task.FromResult<Outcome<Guid?>>((Guid?)null), async dossier =>
        {
            dossier.CitizenId = me.Id;
            var at = clock.GetUtcNow();
            foreach (var (index, file) in files)
            {
                await AttachFile.StoreAsync(db, store, dossier, procedure.Components[index].Name, file, ComponentOrigin.Upload, me.UserName, at, ct);
            }

            db.DossierAttachments.AddRange(reused.Select(r => r.Value.ReusedIn(dossier.Id, procedure.Components[r.Key].Name, me.UserName, at)));
        }, ct);
    }

    /// <summary>
    /// The intake as the desk would take it: the citizen's identity and the components he gave, each with its origin.
    /// His ID number only once verified: a dossier under a number typed by a stranger would be found by the desk, and
    /// by the rating form, as its holder's.
    /// </summary>
    private async Task<IntakeRequest> RequestAsync(Procedure procedure, string? unitCode, List<int> given, Dictionary<int, DossierAttachment> reused, CancellationToken ct)
    {
        var citizen = await db.Citizens.AsNoTracking().FirstAsync(c => c.Id == me.Id, ct);
        var components = given.Select(i => procedure.Components[i])
            .Select((c, n) => new ComponentInput(c.Name, c.Originals, c.Copies, reused.ContainsKey(given[n]) ? "reuse" : "upload")).ToList();
        return new IntakeRequest(
            procedure.Code, unitCode, "online",
            new ApplicantInput(citizen.FullName, citizen.VerifiedIdNumber, citizen.Phone, citizen.Email, citizen.Address, null),
            components);
    }
}
