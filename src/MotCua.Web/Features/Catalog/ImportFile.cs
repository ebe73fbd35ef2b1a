using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Reads an uploaded spreadsheet by its content, not its name: an xlsx is a ZIP package that
/// opens as a workbook within <see cref="WorkbookLimits"/>; a csv is UTF-8 text without NUL bytes. Anything else is refused.
/// </summary>
public static class ImportFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static Outcome<(IReadOnlyList<string> Headers, IReadOnlyList<TableRow> Rows)> Read(byte[] content)
    {
        if (content.Length == 0)
        {
            return Refuse(new("Tệp rỗng.", "The file is empty."));
        }

        if (content.Length > MaxBytes)
        {
            return BoundedBody.TooLarge(MaxBytes);
        }

        return content is [0x50, 0x4B, 0x03, 0x04, ..] ? ReadWorkbook(content) : ReadCsv(content);
    }

    private static Outcome<(IReadOnlyList<string>, IReadOnlyList<TableRow>)> ReadWorkbook(byte[] content)
    {
        try
        {
            if (WorkbookLimits.Check(content) is { } tooLarge)
            {
                return tooLarge;
            }

            using var workbook = new XLWorkbook(new MemoryStream(content));
            var sheet = workbook.Worksheets.First();
            var used = sheet.RangeUsed();
            if (used is null)
            {
                return Refuse(new("Bảng tính không có dữ liệu.", "The worksheet has no data."));
            }

            var lastColumn = used.LastColumn().ColumnNumber();
            var headers = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(1, c).GetString()).ToList();
            var rows = new List<TableRow>();
            for (var r = 2; r <= used.LastRow().RowNumber(); r++)
            {
                var cells = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(r, c).GetFormattedString().Replace("\r\n", "\n", StringComparison.Ordinal)).ToList();
                if (cells.Any(c => !string.IsNullOrWhiteSpace(c)))
                {
                    rows.Add(new TableRow(r, cells));
                }
            }

            return (headers, rows);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or ArgumentException or InvalidOperationException or IOException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return Refuse(new("Tệp không phải là bảng tính Excel (.xlsx) hợp lệ.", "The file is not a valid Excel workbook (.xlsx)."));
        }
    }

    private static Outcome<(IReadOnlyList<string>, IReadOnlyList<TableRow>)> ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Refuse(new("Tệp không phải văn bản CSV mã hóa UTF-8 hay bảng tính .xlsx.", "The file is neither UTF-8 CSV text nor an .xlsx workbook."));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Refuse(new("Tệp không phải văn bản CSV mã hóa UTF-8 hay bảng tính .xlsx.", "The file is neither UTF-8 CSV text nor an .xlsx workbook."));
        }

        var config = new CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(new StringReader(text.TrimStart('\uFEFF')), config);
        var records = new List<(int Line, string[] Cells)>();
        try
        {
            while (csv.Read())
            {
                records.Add((csv.Parser.RawRow, csv.Parser.Record ?? []));
            }
        }
        catch (CsvHelperException)
        {
            return Refuse(new("Không đọc được tệp CSV: kiểm tra dấu ngoặc kép và dấu phân cách.", "The CSV file cannot be read: check quotes and separators."));
        }

        if (records.Count == 0)
        {
            return Refuse(new("Tệp không có dữ liệu.", "The file has no data."));
        }

        var rows = records.Skip(1)
            .Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .Select(r => new TableRow(r.Line, r.Cells.Select(c => c.Replace("\r\n", "\n", StringComparison.Ordinal)).ToList()))
            .ToList();
        return (records[0].Cells, rows);
    }

    internal static Error Refuse(Text detail) => new(
        "import-file", StatusCodes.Status400BadRequest, new("Tệp nhập không hợp lệ", "Invalid import file"), detail);
}
