using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Dossiers;

/// <summary>
/// Nhập hồ sơ từ hệ thống cũ (JSON lines), so that indicators and reports cover the past. Every
/// line is checked first; a file with any bad line imports nothing and lists each error with its
/// line (as the catalog import does); codes already present are skipped, so a re-run imports
/// nothing twice.
/// </summary>
public sealed class ImportDossiers(MotCuaDbContext db, ImportedDossierWriter writer)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    private const int MaxLines = 20_000;

    public async Task<Outcome<DossierImportReport>> HandleAsync(byte[] body, CancellationToken ct)
    {
        var lines = Encoding.UTF8.GetString(body).Split('\n').Select((text, i) => (Number: i + 1, Text: text.Trim())).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count is 0 or > MaxLines)
        {
            return Invalid([new ImportLineError(0, Text.Pick($"Tệp cần từ 1 đến {MaxLines} dòng hồ sơ.", $"The file needs 1 to {MaxLines} dossier lines."))]);
        }

        var errors = new List<ImportLineError>();
        var parsed = new List<(int Number, ImportLine Line)>();
        foreach (var (number, text) in lines)
        {
            ImportLine? line = null;
            try
            {
                line = JsonSerializer.Deserialize<ImportLine>(text, ApiSetup.Json);
            }
            catch (JsonException)
            {
                errors.Add(new ImportLineError(number, Text.Pick("Dòng không phải JSON hợp lệ.", "The line is not valid JSON.")));
            }

            if (line is not null)
            {
                errors.AddRange(ImportLineRules.Validate(line).Select(e => new ImportLineError(number, e)));
                parsed.Add((number, line));
            }
        }

        errors.AddRange(await CheckReferencesAsync(parsed, ct));
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var codes = parsed.Select(p => p.Line.Code!).ToList();
        var present = (await db.Dossiers.Where(d => codes.Contains(d.Code)).Select(d => d.Code).ToListAsync(ct)).ToHashSet();
        var fresh = parsed.Where(p => !present.Contains(p.Line.Code!)).Select(p => p.Line).ToList();
        if (await writer.WriteAsync(fresh, ct) is { } conflict)
        {
            return conflict;
        }

        Instruments.Imported(fresh.Select(l => IntakeRules.ParseChannel(l.Channel)!.Value));
        return new DossierImportReport(fresh.Count, present.Count, []);
    }

    private async Task<List<ImportLineError>> CheckReferencesAsync(List<(int Number, ImportLine Line)> lines, CancellationToken ct)
    {
        var procedures = (await db.Procedures.Select(p => p.Code).ToListAsync(ct)).ToHashSet();
        var units = (await db.Units.Select(u => u.Code).ToListAsync(ct)).ToHashSet();
        var errors = new List<ImportLineError>();
        foreach (var (number, line) in lines)
        {
            if (line.ProcedureCode is { } p && !procedures.Contains(p))
            {
                errors.Add(new(number, Text.Pick($"Không có thủ tục mã \"{p}\".", $"No procedure has code \"{p}\".")));
            }

            foreach (var unit in new[] { line.UnitCode }.Concat((line.Events ?? []).Select(e => e.UnitCode)).OfType<string>().Distinct().Where(u => !units.Contains(u)))
            {
                errors.Add(new(number, Text.Pick($"Không có đơn vị mã \"{unit}\".", $"No unit has code \"{unit}\".")));
            }
        }

        foreach (var duplicate in lines.Where(l => l.Line.Code is not null).GroupBy(l => l.Line.Code).Where(g => g.Count() > 1))
        {
            var numbers = string.Join(", ", duplicate.Select(d => d.Number));
            errors.AddRange(duplicate.Select(d => new ImportLineError(d.Number, Text.Pick($"Mã hồ sơ trùng ở các dòng {numbers}.", $"The dossier code is repeated on lines {numbers}."))));
        }

        return errors;
    }

    private static Error Invalid(List<ImportLineError> errors) => new(
        "import-invalid", StatusCodes.Status400BadRequest,
        new("Tệp nhập có lỗi, chưa nhập hồ sơ nào", "The import has errors; nothing was imported"),
        new($"{errors.Count} lỗi, xem danh sách theo dòng.", $"{errors.Count} errors, listed by line."),
        errors.OrderBy(e => e.Line).GroupBy(e => $"lines[{e.Line}]").ToDictionary(g => g.Key, g => g.Select(e => new Text(e.Title, e.Title)).ToArray()));

}
