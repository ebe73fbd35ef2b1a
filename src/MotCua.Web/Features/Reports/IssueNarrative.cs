using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Files;
using MotCua.Web.Signing;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// POST /api/v1/reports/narrative/issue?unitCode=&amp;period=: the unit's leader issues the narrative report of a period
/// that is over — numbered and with its three parts written; the PDF printed then, figures included, is kept and is the
/// report from then on. The forms themselves go up through their own submissions (REPORTS.md §6).
/// </summary>
public sealed class IssueNarrative(MotCuaDbContext db, GetNarrative get, DocumentSigner signer, CurrentOfficer officer, IFileStore store, TimeProvider clock)
{
    public async Task<Outcome<NarrativeResponse>> HandleAsync(string? unitCode, string? period, CancellationToken ct)
    {
        var narrative = await get.HandleAsync(unitCode, period, ct);
        if (narrative.Failed)
        {
            return narrative.Error;
        }

        var n = narrative.Value.Response;
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == n.UnitCode, ct);
        if (!officer.Grants.Any(g => g.Role == Role.Leader && g.UnitId == unit.Id))
        {
            return Error.Forbidden(new("Chỉ lãnh đạo của đơn vị được ban hành báo cáo của đơn vị.", "Only a leader of the unit may issue its report."));
        }

        if (n.State == "issued")
        {
            return SaveNarrative.AlreadyIssued;
        }

        if (n.Period.To >= DossierPeriod.Today(clock))
        {
            return Error.Rule(new("Kỳ báo cáo chưa kết thúc: báo cáo được ban hành sau ngày chốt số liệu.", "The period is not over: a report is issued after its cut-off day."));
        }

        var missing = new Dictionary<string, Text[]>();
        foreach (var (field, text) in new[] { ("number", n.Number), ("results", n.Results), ("difficulties", n.Difficulties), ("proposals", n.Proposals) }.Where(f => f.Item2.Length == 0))
        {
            missing[field] = [new("Chưa nhập nội dung này: báo cáo ban hành phải có số và đủ ba phần.", "Not written yet: an issued report needs its number and all three parts.")];
        }

        if (missing.Count > 0)
        {
            return Error.Validation(missing);
        }

        var now = clock.GetUtcNow();
        var issued = narrative.Value with
        {
            Response = n with { State = "issued", IssuedBy = officer.UserName, IssuedAt = now },
            Date = DossierPeriod.Today(clock),
        };
        var pdf = await signer.SignAsync(await get.PrintAsync(issued, ct), ct);
        if (pdf.Failed)
        {
            return pdf.Error;
        }

        var sha256 = await store.SaveAsync(pdf.Value, ct);
        var saved = await db.ReportNarratives.SingleAsync(r => r.UnitId == unit.Id && r.PeriodCode == n.Period.Code, ct);
        // Edited or issued by someone else since it was printed: what was printed is not what would be kept.
        var changed = Error.Conflict(new("Báo cáo vừa được sửa hoặc ban hành bởi người khác: hãy tải lại rồi thử lại.", "The report was just edited or issued by someone else: reload it and try again."));
        if (saved.Issued || saved.UpdatedAt != n.UpdatedAt)
        {
            return changed;
        }

        saved.Issue(officer.UserName, now, sha256);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return changed;
        }
        return issued.Response;
    }
}
