using System.Globalization;
using ClosedXML.Excel;
using MotCua.Domain.Reports;
using MotCua.Web.Documents;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// A report as a workbook in the official layout (REPORTS.md §5): the form number and legal line top left, the title
/// and period in the centre, the reporting and receiving units top right, the unit of count, the merged header block,
/// the row of column numbers, the rows (total in bold), and the place, date and signature blocks; Times New Roman.
/// The cells hold the same values as the JSON.
/// </summary>
public static class ReportWorkbook
{
    /// <summary>The first row of the header block; the column numbers follow it, then the rows.</summary>
    public const int FirstHeaderRow = 6;

    /// <summary>Thousands grouped; a Vietnamese spreadsheet shows the separator as ".".</summary>
    public const string NumberFormat = "#,##0";

    /// <summary>The sheet row of the first report row, under a header block <paramref name="depth"/> rows deep.</summary>
    public static int FirstDataRow(int depth) => FirstHeaderRow + depth + 1;

    public static byte[] Xlsx(ReportResponse report, ReportForm form)
    {
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "Times New Roman";
        workbook.Style.Font.FontSize = 12;
        var sheet = workbook.AddWorksheet(report.Form);
        int width = report.Columns.Count;
        int side = Math.Max(2, width / 4);
        Block(sheet, 1, 1, side, report.FormNumber, bold: true);
        Block(sheet, 2, 1, side, report.LegalBasis, italic: true);
        Block(sheet, 1, side + 1, width - side, report.Title.ToUpper(CultureInfo.GetCultureInfo("vi-VN")), bold: true);
        Block(sheet, 2, side + 1, width - side, PeriodLine(report), italic: true);
        if (string.Join(" · ", Notes(report)) is { Length: > 0 } notes)
        {
            Block(sheet, 3, side + 1, width - side, notes, italic: true);
        }

        Block(sheet, 1, width - side + 1, width, "Đơn vị báo cáo: " + report.UnitName);
        Block(sheet, 2, width - side + 1, width, "Đơn vị nhận báo cáo: " + report.ReceivingUnit);
        var count = sheet.Range(4, 1, 4, width).Merge();
        count.Value = report.UnitOfCount;
        count.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        count.Style.Font.Italic = true;

        foreach (var cell in HeaderCell.Layout(form))
        {
            int row = FirstHeaderRow + cell.Row;
            var range = sheet.Range(row, cell.FirstColumn + 1, row + cell.RowSpan - 1, cell.LastColumn + 1);
            range.FirstCell().Value = cell.Text;
            range.Merge();
        }

        int numbers = FirstHeaderRow + form.HeaderDepth;
        for (int c = 0; c < width; c++)
        {
            sheet.Cell(numbers, c + 1).Value = report.Columns[c].Number;
        }

        var header = sheet.Range(FirstHeaderRow, 1, numbers, width);
        header.Style.Font.Bold = true;
        header.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        header.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        header.Style.Alignment.WrapText = true;
        int first = numbers + 1;
        for (int r = 0; r < report.Rows.Count; r++)
        {
            var row = report.Rows[r];
            sheet.Cell(first + r, 1).Value = row.Number;
            sheet.Cell(first + r, 2).Value = row.Label;
            foreach (var (number, value) in row.Cells)
            {
                var cell = sheet.Cell(first + r, report.Columns.ToList().FindIndex(c => c.Number == number) + 1);
                cell.Value = value;
                if (value is long or int or decimal)
                {
                    cell.Style.NumberFormat.Format = NumberFormat;
                    cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
            }

            sheet.Row(first + r).Style.Font.Bold = row.IsTotal || row.IsGroup;
        }

        int last = first + report.Rows.Count - 1;
        var table = sheet.Range(FirstHeaderRow, 1, last, width);
        table.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        table.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        Footer(sheet, report, last + 2, width, side);
        sheet.Column(1).Width = 6;
        sheet.Column(2).Width = 40;
        // Fixed widths: measuring text needs System.Drawing, which ClosedXML 0.95 cannot use on Linux.
        for (int c = 3; c <= width; c++)
        {
            sheet.Column(c).Width = 13;
        }

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>"Kỳ báo cáo: 2024-Q1 (Từ ngày 15/12/2023 đến ngày 14/03/2024)".</summary>
    public static string PeriodLine(ReportResponse report) => string.Create(
        CultureInfo.InvariantCulture, $"Kỳ báo cáo: {report.Period.Code} (Từ ngày {report.Period.From:dd/MM/yyyy} đến ngày {report.Period.To:dd/MM/yyyy})");

    /// <summary>
    /// The lines under the period line: "Nơi tiếp nhận hồ sơ: …" when the unit has a desk or centre, "Gồm số liệu
    /// của đơn vị tiền thân: …" when the report includes the units merged or split into it, and the tree a period is
    /// computed on when a reorganization took effect within it.
    /// </summary>
    public static IEnumerable<string> Notes(ReportResponse report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.ReceptionUnit is { } reception)
        {
            yield return "Nơi tiếp nhận hồ sơ: " + reception;
        }

        if (report.Predecessors is { Count: > 0 } names)
        {
            yield return "Gồm số liệu của đơn vị tiền thân: " + string.Join(", ", names);
        }

        if (report.Reorganization is { } reorganized)
        {
            yield return reorganized.Describe().Vi;
        }
    }

    private static void Footer(IXLWorksheet sheet, ReportResponse report, int row, int width, int side)
    {
        Block(sheet, row, width - side - 1, width, report.Place + ", " + DateText.Date(report.Date), italic: true);
        Block(sheet, row + 1, 1, side + 1, "NGƯỜI LẬP BIỂU", bold: true);
        Block(sheet, row + 1, width - side - 1, width, "THỦ TRƯỞNG ĐƠN VỊ", bold: true);
        Block(sheet, row + 2, 1, side + 1, "(Ký, ghi rõ họ tên)", italic: true);
        Block(sheet, row + 2, width - side - 1, width, "(Ký tên, đóng dấu)", italic: true);
        Block(sheet, row + 6, 1, side + 1, report.PreparedBy, bold: true);
        Block(sheet, row + 6, width - side - 1, width, report.HeadOfUnit ?? string.Empty, bold: true);
    }

    private static void Block(IXLWorksheet sheet, int row, int from, int to, string text, bool bold = false, bool italic = false)
    {
        var range = sheet.Range(row, from, row, to).Merge();
        range.Value = text;
        range.Style.Font.Bold = bold;
        range.Style.Font.Italic = italic;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Alignment.WrapText = true;
        sheet.Row(row).Height = 32;
    }
}
