using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Files;
using MotCua.Web.Signing;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// POST /api/v1/reports/{form}/submissions (REPORTS.md §6): the unit's leader sends its report for a period that is
/// over to the parent unit. The figures are computed once more and frozen as JSON, and the PDF printed from them is
/// kept; a report waiting for a decision or accepted cannot be sent again, a returned one comes back as a new version.
/// </summary>
public sealed class SubmitReport(
    MotCuaDbContext db, ReportSubjects subjects, ComputeReport compute, ExportReport export, DocumentSigner signer, CurrentOfficer officer, IFileStore store, TimeProvider clock)
{
    private static readonly Error AlreadySubmitted = Error.Conflict(
        new("Báo cáo của kỳ này đã được gửi và đang chờ hoặc đã được đơn vị cấp trên tiếp nhận.", "The period's report was already submitted and awaits or has the parent's decision."));

    public async Task<Outcome<SubmissionInfo>> HandleAsync(string form, SubmissionRequest request, CancellationToken ct)
    {
        var subject = await subjects.ResolveAsync(form, ReportQuery.Official(request.UnitCode, request.Period), ct);
        if (subject.Failed)
        {
            return subject.Error;
        }

        var (unit, period, reportForm) = (subject.Value.Unit, subject.Value.Period, subject.Value.Form);
        if (!officer.Grants.Any(g => g.Role == Role.Leader && g.UnitId == unit.Id))
        {
            return Error.Forbidden(new("Chỉ lãnh đạo của đơn vị được gửi báo cáo của đơn vị.", "Only a leader of the unit may submit its report."));
        }

        if (period.To >= DossierPeriod.Today(clock))
        {
            return Error.Rule(new("Kỳ báo cáo chưa kết thúc: báo cáo được gửi sau ngày chốt số liệu.", "The period is not over: a report is submitted after its cut-off day."));
        }

        var latest = await db.ReportSubmissions.Where(s => s.FormCode == reportForm.Code && s.UnitId == unit.Id && s.PeriodCode == period.Code)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        if (!ReportSubmission.MayFollow(latest))
        {
            return AlreadySubmitted;
        }

        var report = await compute.ComputeAsync(subject.Value, ct);
        if (report.Failed)
        {
            return report.Error;
        }

        // Frozen as sent: signed with the unit's certificate, so that the parent unit can tell it is the unit's.
        var pdf = await signer.SignAsync(await export.PrintAsync(report.Value, reportForm, ct), ct);
        if (pdf.Failed)
        {
            return pdf.Error;
        }

        var version = (latest?.Version ?? 0) + 1;
        var submission = new ReportSubmission
        {
            FormCode = reportForm.Code,
            UnitId = unit.Id,
            PeriodCode = period.Code,
            Version = version,
            SubmittedAt = clock.GetUtcNow(),
            SubmittedBy = officer.UserName,
            Figures = JsonSerializer.Serialize(report.Value, JsonSerializerOptions.Web),
            Pdf = await store.KeepAsync(pdf.Value, ExportReport.PdfContentType, $"bao-cao-{reportForm.Code}-{period.Code}-v{version}.pdf", ct),
        };
        db.ReportSubmissions.Add(submission);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another leader's submission of the same version won the unique index a moment earlier.
            return AlreadySubmitted;
        }

        return SubmissionInfo.Of(submission, unit.Code);
    }
}
