using Microsoft.AspNetCore.Mvc;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Organization;

namespace MotCua.Web.Features.Plans;

/// <summary>The fields of the add-task form; the deadline is given in one of its forms, with or without the plan's wording.</summary>
public sealed record TaskForm(
    string? Section, string? Content, string? LeadUnitCode, IReadOnlyList<string>? CoordinatingUnitCodes, string? Performers, string? ExpectedOutput,
    DateOnly? DueDate, string? DueMonth, string? DueRrule, string? DueText)
{
    public PlanTaskRequest Request => new(
        Content, LeadUnitCode, CoordinatingUnitCodes, ExpectedOutput,
        new DueRequest(DueDate, DueMonth, DueRrule, DueText), Section, Performers);
}

/// <summary>
/// A plan's page: its tasks by section with their dated instances and evidence; units report progress (with a document
/// or a link) and the lead unit marks done; the KSTTHC office adds tasks, imports a table, copies the plan to next year.
/// </summary>
public sealed class DetailModel(
    MotCuaDbContext db, GetPlan get, AddPlanTask add, ReportProgress progress, AttachEvidence attach, CopyPlan copy, ImportPlanTasks import,
    PlanExports exports, DownloadEvidence download, SignedPlan signedCopy, ListUnits units) : PlanPage
{
    public PlanDetail? Plan { get; private set; }

    public IReadOnlyList<UnitInfo> Units { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Imported { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Skipped { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnGetExportAsync(Guid id, CancellationToken ct) => FileAsync(id, exports.TasksAsync(id, ct), ct);

    public Task<IActionResult> OnGetPrintAsync(Guid id, CancellationToken ct) => FileAsync(id, exports.PrintAsync(id, ct), ct);

    public Task<IActionResult> OnGetSignedAsync(Guid id, CancellationToken ct) => FileAsync(id, signedCopy.DownloadAsync(id, ct), ct);

    public Task<IActionResult> OnPostSignedAsync(Guid id, IFormFile? file, CancellationToken ct) =>
        EditAsync(id, async () => (await signedCopy.UploadAsync(id, file, ct)).Error, ct);

    public Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken ct) =>
        FileAsync(id, download.HandleAsync(id, evidenceId, ct), ct);

    public Task<IActionResult> OnPostTaskAsync(Guid id, TaskForm form, CancellationToken ct) =>
        EditAsync(id, async () => (await add.HandleAsync(id, form.Request, ct)).Error, ct);

    public Task<IActionResult> OnPostCopyAsync(Guid id, CancellationToken ct) => EditAsync(id, async () =>
    {
        var copied = await copy.HandleAsync(id, new CopyPlanRequest(null, null, null), ct);
        if (!copied.Failed)
        {
            id = copied.Value.Id;
        }

        return copied.Error;
    }, ct, () => id);

    public async Task<IActionResult> OnPostImportAsync(Guid id, IFormFile? file, CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var report = await import.FromFormAsync(id, file, ct);
        if (!report.Failed)
        {
            return RedirectToPage(new { id, imported = report.Value.Created, skipped = report.Value.Skipped });
        }

        Refuse(report.Error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>Progress and an uploaded document in one transaction: a refused document leaves the progress unreported, and the reverse.</summary>
    public async Task<IActionResult> OnPostProgressAsync(Guid id, Guid taskId, Guid instanceId, string? status, string? note, string? evidenceUrl, IFormFile? file, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginWriteAsync(ct);
        var reported = await progress.HandleAsync(id, taskId, instanceId, new ProgressRequest(status, note, evidenceUrl), ct);
        var error = reported.Error;
        if (error is null && file is not null)
        {
            error = (await attach.HandleAsync(id, taskId, instanceId, file, ct)).Error;
        }

        if (error is null)
        {
            await transaction.CommitAsync(ct);
            return RedirectToPage(new { id });
        }

        await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        Refuse(error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> EditAsync(Guid id, Func<Task<Error?>> change, CancellationToken ct, Func<Guid>? next = null)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var error = await change();
        if (error is null)
        {
            return RedirectToPage(new { id = next?.Invoke() ?? id });
        }

        Refuse(error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> FileAsync(Guid id, Task<Outcome<FileDownload>> pending, CancellationToken ct)
    {
        var file = await pending;
        if (!file.Failed)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.DownloadName(Response));
        }

        Refuse(file.Error);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await get.HandleAsync(id, ct);
        Plan = found.Failed ? null : found.Value;
        Units = await units.HandleAsync(includeInactive: false, ct);
        return Plan is not null;
    }
}
