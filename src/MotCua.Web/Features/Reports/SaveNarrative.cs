using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// PUT /api/v1/reports/narrative?unitCode=&amp;period=: an officer of the unit saves the narrative report's draft — its
/// number and its words on results, difficulties and proposals; an issued report is no longer edited (409).
/// </summary>
public sealed class SaveNarrative(MotCuaDbContext db, EveryForms subjects, GetNarrative get, CurrentOfficer officer, TimeProvider clock)
{
    public static readonly Error AlreadyIssued = Error.Conflict(
        new("Báo cáo đã được ban hành: nội dung không còn được sửa.", "The report was issued: its words can no longer be edited."));

    public async Task<Outcome<NarrativeResponse>> HandleAsync(string? unitCode, string? period, NarrativeRequest? request, CancellationToken ct)
    {
        var fields = new Dictionary<string, Text[]>();
        var number = Checked(fields, "number", request?.Number, 50);
        var results = Checked(fields, "results", request?.Results, ReportNarrative.MaxSection);
        var difficulties = Checked(fields, "difficulties", request?.Difficulties, ReportNarrative.MaxSection);
        var proposals = Checked(fields, "proposals", request?.Proposals, ReportNarrative.MaxSection);
        var every = await subjects.ResolveAsync(unitCode, period, ct);
        if (every.Failed)
        {
            return every.Error;
        }

        if (fields.Count > 0)
        {
            return Error.Validation(fields);
        }

        var (unit, code) = (every.Value.Unit, every.Value.Period.Code);
        var saved = await db.ReportNarratives.FirstOrDefaultAsync(n => n.UnitId == unit.Id && n.PeriodCode == code, ct);
        if (saved?.Issued == true)
        {
            return AlreadyIssued;
        }

        if (saved is null)
        {
            saved = new ReportNarrative { UnitId = unit.Id, PeriodCode = code, UpdatedBy = officer.UserName };
            db.ReportNarratives.Add(saved);
        }

        saved.Edit(number, results, difficulties, proposals, officer.UserName, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another officer saved the first draft, or the leader issued the report, a moment earlier: theirs stands.
            return Error.Conflict(new("Một cán bộ khác vừa lưu báo cáo này: hãy tải lại rồi lưu lần nữa.", "Another officer has just saved this report: reload it and save again."));
        }

        var narrative = await get.HandleAsync(unit.Code, code, ct);
        return narrative.Failed ? narrative.Error : narrative.Value.Response;
    }

    private static string Checked(Dictionary<string, Text[]> fields, string field, string? text, int max)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length > max)
        {
            fields[field] = [new Text("Nội dung dài quá {0} ký tự.", "The text is longer than {0} characters.").Format(max)];
        }

        return value;
    }
}
