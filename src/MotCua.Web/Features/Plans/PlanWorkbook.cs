using ClosedXML.Excel;

namespace MotCua.Web.Features.Plans;

/// <summary>A list of the plans' pages as a workbook: a title, a subtitle, then one row per item under bold headers.</summary>
public static class PlanWorkbook
{
    /// <summary>The row of the column headers; the items follow it.</summary>
    public const int HeaderRow = 3;

    public static byte[] Xlsx(string sheetName, string title, string subtitle, IReadOnlyList<(string Header, double Width)> columns, IEnumerable<object?[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        var heading = sheet.Range(1, 1, 1, columns.Count).Merge();
        heading.Value = title;
        heading.Style.Font.Bold = true;
        heading.Style.Font.FontSize = 14;
        sheet.Range(2, 1, 2, columns.Count).Merge().Value = subtitle;
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = columns[i].Header;
            // Fixed widths: measuring text needs System.Drawing, which ClosedXML 0.95 cannot use on Linux.
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        var r = HeaderRow;
        foreach (var values in rows)
        {
            r++;
            for (var c = 0; c < values.Length; c++)
            {
                // Text stays text: assigned as a value, ClosedXML 0.95 would read "15/03/2024" or "1/KH" as a date.
                var cell = sheet.Cell(r, c + 1);
                if (values[c] is string text)
                {
                    cell.SetValue(text);
                }
                else
                {
                    cell.Value = values[c];
                }
            }
        }

        sheet.Rows(HeaderRow, r).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(HeaderRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
