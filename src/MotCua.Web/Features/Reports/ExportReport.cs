using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using MotCua.Domain.Reports;
using MotCua.Web.Common;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Templates.Reports;
using MotCua.Web.Features.Catalog;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// A report as the caller wants it: JSON by default, the workbook for the spreadsheet media type, the printed PDF for
/// <c>application/pdf</c> (or <c>format=xlsx|pdf</c> from a page's link). The files are named after the form, the
/// unit and the period.
/// </summary>
public sealed class ExportReport(ReportSubjects subjects, ComputeReport compute, DocumentRenderer renderer, PdfPrinter printer)
{
    public const string PdfContentType = "application/pdf";

    public async Task<Results<Ok<ReportResponse>, FileContentHttpResult, ProblemHttpResult>> HandleAsync(string form, ReportQuery query, CancellationToken ct)
    {
        var format = Format(query.Format, query.Accept);
        if (format.Failed)
        {
            return format.Error.ToProblem();
        }

        var subject = await subjects.ResolveAsync(form, query, ct);
        var report = subject.Failed ? subject.Error : await compute.ComputeAsync(subject.Value, ct);
        if (report.Failed)
        {
            return report.Error.ToProblem();
        }

        if (format.Value is not { } wanted)
        {
            return TypedResults.Ok(report.Value);
        }

        var file = wanted == "xlsx"
            ? new FileDownload(ReportWorkbook.Xlsx(report.Value, subject.Value.Form), ImportTemplate.XlsxContentType, FileName(report.Value, "xlsx"))
            : new FileDownload(await PrintAsync(report.Value, subject.Value.Form, ct), PdfContentType, FileName(report.Value, "pdf"));
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<byte[]> PrintAsync(ReportResponse report, ReportForm form, CancellationToken ct) =>
        await printer.PrintAsync(await renderer.RenderAsync<PeriodicReport>(new Dictionary<string, object?>
        {
            [nameof(PeriodicReport.Report)] = report,
            [nameof(PeriodicReport.Form)] = form,
        }), ct);

    private static string FileName(ReportResponse report, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bao-cao-{report.Form}-{report.UnitCode}-{report.Period.Code}.{extension}").Replace("..", "_", StringComparison.Ordinal);

    /// <summary>"xlsx", "pdf", or null for JSON: by <paramref name="format"/>, else by <paramref name="accept"/>.</summary>
    public static Outcome<string?> Format(string? format, string? accept) => format?.ToLowerInvariant() switch
    {
        "xlsx" => "xlsx",
        "pdf" => "pdf",
        "json" => (string?)null,
        null or "" => accept switch
        {
            { } header when header.Contains(ImportTemplate.XlsxContentType, StringComparison.OrdinalIgnoreCase) => "xlsx",
            { } header when header.Contains(PdfContentType, StringComparison.OrdinalIgnoreCase) => "pdf",
            _ => (string?)null,
        },
        _ => Error.Validation("format", new("Định dạng phải là json, xlsx hoặc pdf.", "format must be json, xlsx or pdf.")),
    };
}
