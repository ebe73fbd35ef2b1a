using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// What an uploaded .xlsx may unpack to, checked before ClosedXML opens it. ClosedXML builds every part and cell in
/// memory: a 300 KB file that unpacked to 300 MB took 4 GB and ended in a 500, and one cell at XFD1048576 made the
/// used range a billion cells. The ZIP central directory says what each entry unpacks to without unpacking it, and
/// reading an entry stops at that declared length; the sheets are then only streamed, to bound their rows and columns.
/// </summary>
public static class WorkbookLimits
{
    /// <summary>Several times what a full catalog of 5,000 procedures with long legal texts unpacks to.</summary>
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;

    /// <summary>Spreadsheet XML compresses 10 to 30 times; far beyond that is a bomb (Apache POI refuses from 100).</summary>
    public const int MaxRatio = 100;

    public const int MaxEntries = 1000;

    /// <summary>The header and twice the largest import (5,000 procedures), however the rows are numbered.</summary>
    public const int MaxRows = 10_001;

    public const int MaxColumns = 100;

    /// <summary>Entries below this size are never refused for their ratio: a short, very regular part compresses well.</summary>
    private const long RatioFloor = 1024 * 1024;

    /// <exception cref="InvalidDataException">The bytes are not a ZIP package.</exception>
    public static Error? Check(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes
            || zip.Entries.Any(e => e.Length > RatioFloor && e.Length > MaxRatio * Math.Max(e.CompressedLength, 1)))
        {
            return new(
                "workbook-too-large", StatusCodes.Status413PayloadTooLarge, new("Bảng tính quá lớn", "Workbook too large"),
                new Text(
                    "Bảng tính khi giải nén vượt quá {0} MB hoặc nén bất thường (quá {1} lần); hãy chỉ giữ lại trang tính cần nhập.",
                    "The workbook unpacks to more than {0} MB or is compressed abnormally (over {1} times); keep only the sheet to import.")
                    .Format(MaxUnpackedBytes / 1024 / 1024, MaxRatio));
        }

        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(CheckSheet).FirstOrDefault(e => e is not null);
    }

    private static Error? CheckSheet(ZipArchiveEntry sheet)
    {
        using var reader = XmlReader.Create(sheet.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var (row, column) = (0, 0);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // A row or cell without its reference is the one after the previous (ECMA-376 §18.3.1.73, §18.3.1.4).
            if (reader.LocalName == "row")
            {
                row = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                column = 0;
            }
            else if (reader.LocalName == "c")
            {
                column = reader.GetAttribute("r") is { } reference ? ColumnOf(reference) : column + 1;
            }

            if (row > MaxRows || column > MaxColumns)
            {
                return ImportFile.Refuse(new Text("Bảng tính có dữ liệu ngoài {0} dòng và {1} cột đầu tiên.", "The worksheet has data beyond its first {0} rows and {1} columns.")
                    .Format(MaxRows, MaxColumns));
            }
        }

        return null;
    }

    /// <summary>The column number of a cell reference such as <c>AB12</c> (28); letters beyond any real column stop counting.</summary>
    private static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var letter in reference.TakeWhile(char.IsAsciiLetterUpper).Take(4))
        {
            column = (column * 26) + (letter - 'A' + 1);
        }

        return column;
    }
}
