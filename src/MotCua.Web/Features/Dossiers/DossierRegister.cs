using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using MotCua.Web.Common.Security;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;
using MotCua.Web.Documents.Templates;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The unit, the period (yyyy-MM-dd, Vietnam time, both days included) and the file wanted: pdf (default) or xlsx.</summary>
public sealed record RegisterQuery(string? UnitCode, string? From, string? To, string? Format, [property: FromHeader(Name = "Accept")] string? Accept);

public sealed record RegisterUnit(string Code, string Name);

public sealed record RegisterChoices(IReadOnlyList<RegisterUnit> Units, DateOnly From, DateOnly To);

/// <summary>
/// GET /api/v1/dossiers/register: Sổ theo dõi hồ sơ (Mẫu 06, Circular 01/2018/TT-VPCP), the dossiers a
/// unit and its sub-units received in a period, read from the dossiers and their events, so any past
/// period can be printed again. An empty period is an empty register, not an error.
/// </summary>
public sealed class DossierRegister(MotCuaDbContext db, DossierPermissions permissions, DocumentRenderer renderer, PdfPrinter printer, PersonalDataLog log, TimeProvider clock)
{
    private static readonly string Transfer = DossierActions.Name(DossierAction.Transfer);
    private static readonly string CompleteStep = DossierActions.Name(DossierAction.CompleteStep);
    private static readonly string ReturnResult = DossierActions.Name(DossierAction.ReturnResult);
    private static readonly string Apologize = DossierActions.Name(DossierAction.Apologize);

    public async Task<Outcome<FileDownload>> HandleAsync(RegisterQuery query, CancellationToken ct)
    {
        var excel = WantsExcel(query);
        if (excel.Failed)
        {
            return excel.Error;
        }

        var register = await LoadAsync(query, ct);
        if (register.Failed)
        {
            return register.Error;
        }

        var (document, unitId, dossierIds) = register.Value;
        var name = string.Create(CultureInfo.InvariantCulture, $"so-theo-doi-{query.UnitCode}-{document.From:yyyyMMdd}-{document.To:yyyyMMdd}");
        var file = excel.Value
            ? new FileDownload(RegisterWorkbook.Xlsx(document), ImportTemplate.XlsxContentType, name + ".xlsx")
            : new FileDownload(await PdfAsync(document, ct), "application/pdf", name + ".pdf");

        // An empty register shows nobody's data.
        if (dossierIds.Count > 0)
        {
            await log.ExportAsync(unitId, file.FileName, dossierIds, ct);
        }

        return file;
    }

    /// <summary>The units whose register the officer may print, for the form on the inbox page; with the default period, this month so far.</summary>
    public async Task<RegisterChoices> ChoicesAsync(CancellationToken ct)
    {
        var scope = (await permissions.ScopeAsync(ct)).ToList();
        var units = await db.Units.AsNoTracking().Where(u => scope.Contains(u.Id) && u.IsActive).OrderBy(u => u.Code)
            .Select(u => new RegisterUnit(u.Code, u.Name)).ToListAsync(ct);
        var (from, to) = DossierPeriod.MonthToDate(clock);
        return new RegisterChoices(units, from, to);
    }

    /// <summary>The register of a unit and period, after checking both and that the officer may read the unit's dossiers; with the unit and the dossiers listed, for the log.</summary>
    private async Task<Outcome<(RegisterDocument Document, Guid UnitId, IReadOnlyList<Guid> DossierIds)>> LoadAsync(RegisterQuery query, CancellationToken ct)
    {
        var period = DossierPeriod.Parse(query.From, query.To);
        if (period.Failed)
        {
            return period.Error;
        }

        var found = await permissions.FindUnitInScopeAsync(query.UnitCode, ct);
        if (found.Failed)
        {
            return found.Error;
        }

        var unit = found.Value;

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var (from, to) = period.Value;
        var (rows, ids) = await RowsAsync(await permissions.SubtreeAsync(unit.Id, units.Values, ct), from, to, units, ct);
        return (new RegisterDocument(OfficialNames.Header(unit, units, string.Empty, DossierPeriod.Today(clock)), unit.Name, from, to, rows), unit.Id, ids);
    }

    private async Task<byte[]> PdfAsync(RegisterDocument document, CancellationToken ct) =>
        await printer.PrintAsync(await renderer.RenderAsync<Register>(new Dictionary<string, object?> { [nameof(Register.Document)] = document }), ct);

    private static Outcome<bool> WantsExcel(RegisterQuery query) => query.Format?.ToLowerInvariant() switch
    {
        "xlsx" => true,
        "pdf" => false,
        null or "" => query.Accept?.Contains(ImportTemplate.XlsxContentType, StringComparison.OrdinalIgnoreCase) == true,
        _ => Error.Validation("format", new("Định dạng phải là pdf hoặc xlsx.", "format must be pdf or xlsx.")),
    };

    private async Task<(IReadOnlyList<RegisterRow> Rows, IReadOnlyList<Guid> DossierIds)> RowsAsync(HashSet<Guid> unitIds, DateOnly from, DateOnly to, IReadOnlyDictionary<Guid, Unit> units, CancellationToken ct)
    {
        var (start, end) = DossierPeriod.Instants(from, to);
        var ids = unitIds.ToList();
        var dossiers = await db.Dossiers.AsNoTracking()
            .Where(d => ids.Contains(d.UnitId) && d.ReceivedAt >= start && d.ReceivedAt < end)
            .OrderBy(d => d.ReceivedAt).ThenBy(d => d.Code)
            .Join(db.Procedures, d => d.ProcedureId, p => p.Id, (d, p) => new { Dossier = d, p.Name })
            .ToListAsync(ct);
        var dossierIds = dossiers.Select(d => d.Dossier.Id).ToList();
        var types = new[] { Transfer, CompleteStep, ReturnResult, Apologize };
        var events = (await db.DossierEvents.AsNoTracking().Where(e => dossierIds.Contains(e.DossierId) && types.Contains(e.Type)).ToListAsync(ct))
            .OrderBy(e => e.Sequence).ToLookup(e => e.DossierId);
        return (dossiers.Select((r, i) => Row(i + 1, r.Dossier, r.Name, events[r.Dossier.Id].ToList(), units)).ToList(), dossierIds);
    }

    private RegisterRow Row(int number, Dossier dossier, string procedureName, IReadOnlyList<DossierEvent> events, IReadOnlyDictionary<Guid, Unit> units)
    {
        var applicant = dossier.Applicant;
        var contact = string.Join(", ", new[] { applicant.Address, applicant.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)));
        // The units that handed the dossier on, in order, each once (liên thông shows as more than one).
        var passed = events.Where(e => e.Type == Transfer || e.Type == CompleteStep).Select(e => units[e.UnitId].Name).Distinct();
        var returned = events.LastOrDefault(e => e.Type == ReturnResult)?.At;
        return new RegisterRow(
            number, dossier.Code, procedureName, applicant.FullName, contact, dossier.ReceivedAt!.Value, dossier.DueAt,
            string.Join("; ", passed), dossier.EndedAt, returned, DossierLabels.Status(DossierStatusNames.Of(dossier.Status)),
            Note(dossier, events.Any(e => e.Type == Apologize)));
    }

    /// <summary>
    /// Early, on time or late once it ended; late already while it runs past its due time. An apology is
    /// noted with the new appointment, but does not make a late dossier on time (DOMAIN.md §4).
    /// </summary>
    private string Note(Dossier dossier, bool apologized)
    {
        Timeliness? timeliness = dossier.DueAt is not { } due ? null
            : dossier.EndedAt is { } ended ? TimelinessRule.Of(ended, due)
            : clock.GetUtcNow() > due ? Timeliness.Late
            : null;
        var notes = new List<string> { DossierLabels.Timeliness(timeliness) };
        if (apologized)
        {
            notes.Add(Text.Pick($"Đã xin lỗi, hẹn lại {DateText.Clock(dossier.RescheduledTo)}", $"Apologized, new date {DateText.Clock(dossier.RescheduledTo)}"));
        }

        return string.Join("; ", notes.Where(n => n.Length > 0));
    }
}
