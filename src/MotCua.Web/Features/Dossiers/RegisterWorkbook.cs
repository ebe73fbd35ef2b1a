using System.Globalization;
using ClosedXML.Excel;
using MotCua.Web.Documents;
using MotCua.Web.Documents.Models;

namespace MotCua.Web.Features.Dossiers;

/// <summary>The register (Mẫu 06) as a workbook: title, unit and period above the same columns as the printed one.</summary>
public static class RegisterWorkbook
{
    public const string SheetName = "Sổ theo dõi";

    /// <summary>The row of the column headers; the dossiers follow it.</summary>
    public const int HeaderRow = 4;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("STT", 6), ("Mã hồ sơ", 22), ("Tên TTHC", 40), ("Người nộp", 24), ("Địa chỉ, điện thoại", 36), ("Ngày nhận", 17),
        ("Ngày hẹn trả", 17), ("Chuyển xử lý", 30), ("Ngày có kết quả", 17), ("Ngày trả kết quả", 17), ("Trạng thái", 22), ("Ghi chú", 30),
    ];

    public static byte[] Xlsx(RegisterDocument register)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        var title = sheet.Range(1, 1, 1, Columns.Length).Merge();
        title.Value = "SỔ THEO DÕI HỒ SƠ";
        title.Style.Font.Bold = true;
        title.Style.Font.FontSize = 14;
        title.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        sheet.Range(2, 1, 2, Columns.Length).Merge().Value = "Đơn vị: " + register.Unit;
        sheet.Range(3, 1, 3, Columns.Length).Merge().Value = string.Create(CultureInfo.InvariantCulture, $"Từ ngày {register.From:dd/MM/yyyy} đến ngày {register.To:dd/MM/yyyy}");
        for (var i = 0; i < Columns.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = Columns[i].Header;
            // Fixed widths: measuring text needs System.Drawing, which ClosedXML 0.95 cannot use on Linux.
            sheet.Column(i + 1).Width = Columns[i].Width;
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        for (var i = 0; i < register.Rows.Count; i++)
        {
            var row = register.Rows[i];
            object[] values =
            [
                row.Number, row.Code, row.ProcedureName, row.ApplicantName, row.AddressAndPhone, DateText.Clock(row.ReceivedAt), DateText.Clock(row.DueAt),
                row.PassedThrough, DateText.Clock(row.EndedAt), DateText.Clock(row.ReturnedAt), row.Status, row.Note,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(HeaderRow + 1 + i, c + 1).Value = values[c];
            }
        }

        sheet.Rows(HeaderRow, HeaderRow + register.Rows.Count).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(HeaderRow);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
