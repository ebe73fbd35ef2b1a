using System.IO.Compression;
using ClosedXML.Excel;

namespace MotCua.Web.Tests.Features.Catalog;

/// <summary>Builds import spreadsheets from the downloaded template, as an office would fill it in.</summary>
public static class ImportWorkbook
{
    public static byte[] FromTemplate(byte[] template, IEnumerable<Dictionary<int, string>> rows, Action<IXLWorksheet>? tamper = null)
    {
        using var workbook = new XLWorkbook(new MemoryStream(template));
        var sheet = workbook.Worksheets.First();
        var example = sheet.Row(2).Cells(1, sheet.LastColumnUsed()!.ColumnNumber()).Select(c => c.GetString()).ToList();
        sheet.Row(2).Clear();
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < example.Count; c++)
            {
                sheet.Cell(r, c + 1).SetValue(row.TryGetValue(c, out var value) ? value : example[c]);
            }

            r++;
        }

        tamper?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// A few kilobytes that declare a worksheet of <paramref name="megabytes"/> MB: blanks compress a thousand times,
    /// as the attack of issue 14 (finding 6) did.
    /// </summary>
    public static byte[] Bomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var blanks = new byte[1024 * 1024];
            Array.Fill(blanks, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                sheet.Write(blanks);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Column indexes of the template (0-based), named for the tests.</summary>
    public static class Col
    {
        public const int Code = 0;
        public const int Name = 1;
        public const int Level = 3;
        public const int WorkingDays = 7;
        public const int Components = 14;
        public const int Steps = 16;
        public const int Units = 17;
    }
}
