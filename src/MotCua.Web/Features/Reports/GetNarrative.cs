using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Calendar;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Templates.Reports;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Files;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// GET /api/v1/reports/narrative?unitCode=&amp;period=: the narrative report of a unit in the officer's scope (REPORTS.md
/// §4), its saved words or an empty draft, with every form in force computed live; as PDF (Accept or format=pdf) the
/// Decree 30 document — printed now for a draft, the one kept at issue once issued.
/// </summary>
public sealed class GetNarrative(MotCuaDbContext db, EveryForms subjects, ComputeReport compute, DocumentRenderer renderer, PdfPrinter printer, IFileStore store, TimeProvider clock)
{
    public async Task<Outcome<Narrative>> HandleAsync(string? unitCode, string? period, CancellationToken ct)
    {
        var resolved = await subjects.ResolveAsync(unitCode, period, ct);
        if (resolved.Failed)
        {
            return resolved.Error;
        }

        var every = resolved.Value;
        var reports = new List<ReportResponse>();
        foreach (var subject in every.Forms)
        {
            var report = await compute.ComputeAsync(subject, ct);
            if (report.Failed)
            {
                return report.Error;
            }

            reports.Add(report.Value);
        }

        var (unit, units, p) = (every.Unit, every.Units, every.Period);
        var saved = await db.ReportNarratives.AsNoTracking().FirstOrDefaultAsync(n => n.UnitId == unit.Id && n.PeriodCode == p.Code, ct);
        var response = new NarrativeResponse(
            unit.Code, unit.Name, every.ReceivingUnit, new PeriodInfo(p.Code, p.From, p.To, "cutoff"), Title(p), saved?.Issued == true ? "issued" : "draft",
            saved?.Number ?? string.Empty, saved?.Results ?? string.Empty, saved?.Difficulties ?? string.Empty, saved?.Proposals ?? string.Empty,
            saved?.UpdatedBy, saved?.UpdatedAt, saved?.IssuedBy, saved?.IssuedAt, reports);
        var governing = unit.ParentId is { } parent ? units[parent] : unit;
        var date = saved?.IssuedAt is { } issued ? DateOnly.FromDateTime(issued.ToOffset(WorkingCalendar.VietnamOffset).DateTime) : DossierPeriod.Today(clock);
        return new Narrative(
            response, [.. every.Forms.Select(s => s.Form)], OfficialNames.Governing(governing), OfficialNames.Issuing(unit), OfficialNames.Place(unit, units), date,
            reports.Select(r => r.HeadOfUnit).FirstOrDefault(h => h is not null), saved?.PdfSha256);
    }

    /// <summary>JSON by default, the PDF for <c>application/pdf</c> or <c>format=pdf</c>; no workbook (the forms have theirs).</summary>
    public async Task<Results<Ok<NarrativeResponse>, FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? unitCode, string? period, string? format, string? accept, CancellationToken ct)
    {
        var wanted = ExportReport.Format(format, accept);
        if (wanted.Failed || wanted.Value == "xlsx")
        {
            return (wanted.Error ?? Error.Validation("format", new("Báo cáo tình hình chỉ có dạng json hoặc pdf.", "The narrative report is json or pdf only."))).ToProblem();
        }

        if (wanted.Value == "pdf")
        {
            var pdf = await PdfAsync(unitCode, period, ct);
            return pdf.Failed ? pdf.Error.ToProblem() : TypedResults.File(pdf.Value.Content, pdf.Value.ContentType, pdf.Value.FileName);
        }

        var narrative = await HandleAsync(unitCode, period, ct);
        return narrative.Failed ? narrative.Error.ToProblem() : TypedResults.Ok(narrative.Value.Response);
    }

    /// <summary>The PDF: the one kept at issue, or the draft printed now.</summary>
    public async Task<Outcome<FileDownload>> PdfAsync(string? unitCode, string? period, CancellationToken ct)
    {
        var narrative = await HandleAsync(unitCode, period, ct);
        if (narrative.Failed)
        {
            return narrative.Error;
        }

        var (n, kept) = (narrative.Value.Response, narrative.Value.PdfSha256);
        var pdf = kept is not null ? await store.ReadAsync(kept, ct) : await PrintAsync(narrative.Value, ct);
        return new FileDownload(pdf, ExportReport.PdfContentType, string.Create(CultureInfo.InvariantCulture, $"bao-cao-tinh-hinh-{n.UnitCode}-{n.Period.Code}.pdf"));
    }

    public async Task<byte[]> PrintAsync(Narrative narrative, CancellationToken ct) =>
        await printer.PrintAsync(await renderer.RenderAsync<NarrativeReport>(new Dictionary<string, object?> { [nameof(NarrativeReport.Narrative)] = narrative }), ct);

    /// <summary>
    /// "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2024", as the seeds' plans name it;
    /// a part an edited rule set names otherwise is written by its code.
    /// </summary>
    private static string Title(ReportPeriod period)
    {
        var (year, part) = (period.Code[..4], period.Code[5..]);
        int number = part.Length > 1 && char.IsAsciiDigit(part[1]) ? int.Parse(part.AsSpan(1, part.Length > 2 && char.IsAsciiDigit(part[2]) ? 2 : 1), CultureInfo.InvariantCulture) : 0;
        var when = (period.Kind, number) switch
        {
            (PeriodKind.Quarter, >= 1 and <= 4) => $"quý {new[] { "I", "II", "III", "IV" }[number - 1]} năm {year}",
            (PeriodKind.HalfYear, 1 or 2) => $"6 tháng {(number == 1 ? "đầu" : "cuối")} năm {year}",
            (PeriodKind.NineMonths, _) => $"9 tháng năm {year}",
            (PeriodKind.Month, >= 1 and <= 12) => $"tháng {number} năm {year}",
            (PeriodKind.Year, _) => $"năm {year}",
            _ => $"kỳ {period.Code}",
        };
        return "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính " + when;
    }
}
