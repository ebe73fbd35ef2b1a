using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Reports;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Reports;

/// <summary>GET …/submissions/{id}: the figures as frozen at submission; …/{id}/pdf: the PDF kept with them. Officers of the unit or above.</summary>
public sealed class GetSubmission(MotCuaDbContext db, ReportForms forms, DossierPermissions permissions, IFileStore store)
{
    private static readonly Text SubmissionNoun = new("báo cáo đã gửi", "Report submission");

    public async Task<Outcome<ReportResponse>> FiguresAsync(string form, Guid id, CancellationToken ct)
    {
        var found = await FindAsync(form, id, ct);
        return found.Failed ? found.Error : JsonSerializer.Deserialize<ReportResponse>(found.Value.Figures, JsonSerializerOptions.Web)!;
    }

    public async Task<Outcome<FileDownload>> PdfAsync(string form, Guid id, CancellationToken ct)
    {
        var found = await FindAsync(form, id, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        return await store.DownloadAsync(found.Value.Pdf, ct);
    }

    /// <summary>A submission of the form whose unit is in the officer's scope; tracked, for a decision to be saved.</summary>
    public async Task<Outcome<ReportSubmission>> FindAsync(string form, Guid id, CancellationToken ct)
    {
        var code = forms.BaseCode(form);
        var submission = await db.ReportSubmissions.FirstOrDefaultAsync(s => s.Id == id && s.FormCode == code, ct);
        return submission is not null && (await permissions.ScopeAsync(ct)).Contains(submission.UnitId) ? submission : Error.NotFound(SubmissionNoun, id.ToString());
    }
}
