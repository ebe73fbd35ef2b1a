using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace MotCua.Web.Features.Catalog;

/// <summary>The downloadable import template: the columns, one example row, and a sheet of instructions.</summary>
public static class ImportTemplate
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Xlsx()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Danh mục TTHC");
        var help = workbook.AddWorksheet("Hướng dẫn");
        help.Cell(1, 1).Value = "Cột";
        help.Cell(1, 2).Value = "Tiêu đề";
        help.Cell(1, 3).Value = "Cách nhập";
        for (var i = 0; i < ProcedureColumns.All.Count; i++)
        {
            var column = ProcedureColumns.All[i];
            sheet.Cell(1, i + 1).Value = column.Header;
            sheet.Cell(2, i + 1).SetValue(column.Example);
            help.Cell(i + 2, 1).Value = ProcedureColumns.Letter(i);
            help.Cell(i + 2, 2).Value = column.Header;
            help.Cell(i + 2, 3).Value = column.Help;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Row(1).Style.Fill.BackgroundColor = XLColor.LightGray;
        // Fixed widths: measuring text needs System.Drawing, which ClosedXML 0.95 cannot use on Linux.
        sheet.Columns().Width = 28;
        sheet.Column(2).Width = 50;
        sheet.Cells().Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
        help.Row(1).Style.Font.Bold = true;
        help.Column(1).Width = 6;
        help.Column(2).Width = 28;
        help.Column(3).Width = 90;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>UTF-8 with BOM so that Excel opens the Vietnamese text correctly.</summary>
    public static byte[] Csv()
    {
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, System.Globalization.CultureInfo.InvariantCulture))
        {
            foreach (var column in ProcedureColumns.All)
            {
                csv.WriteField(column.Header);
            }

            csv.NextRecord();
            foreach (var column in ProcedureColumns.All)
            {
                csv.WriteField(column.Example);
            }

            csv.NextRecord();
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
