using Microsoft.EntityFrameworkCore;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;
using MotCua.Web.Common.Security;
using MotCua.Web.Data;

namespace MotCua.Web.Features.Catalog;

public sealed record ImportRowResult(int Row, string Code, string Action);

public sealed record ImportReport(int Created, int Updated, IReadOnlyList<ImportRowResult> Rows);

/// <summary>
/// Nhập danh mục TTHC (JSON, xlsx, csv): every row is checked first and every error is listed
/// with its row and column; only a file without any error is written, in one transaction.
/// A code already in the catalog is amended (its history records the import).
/// </summary>
public sealed class ImportProcedures(MotCuaDbContext db, CurrentOfficer officer, TimeProvider clock, UnitDirectory directory)
{
    public Task<Outcome<ImportReport>> FromJsonAsync(IReadOnlyList<ProcedureInput>? items, CancellationToken ct) =>
        items is null or { Count: 0 }
            ? Task.FromResult<Outcome<ImportReport>>(Invalid([new ImportError(0, null, Text.Pick("Danh sách thủ tục rỗng.", "The procedure list is empty."))]))
            : ImportAsync(items.Select((item, i) => (i + 1, item)).ToList(), [], tabular: false, ct);

    public async Task<Outcome<ImportReport>> FromFileAsync(byte[] content, CancellationToken ct)
    {
        var file = ImportFile.Read(content);
        if (file.Failed)
        {
            return file.Error;
        }

        var (headers, rows) = file.Value;
        var errors = ProcedureTable.CheckHeaders(headers);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (rows.Count == 0)
        {
            return Invalid([new ImportError(2, null, Text.Pick("Tệp chỉ có dòng tiêu đề, không có thủ tục nào.", "The file has only the header row."))]);
        }

        var inputs = rows.Select(r => (r.Number, ProcedureTable.Read(r, errors))).ToList();
        return await ImportAsync(inputs, errors, tabular: true, ct);
    }

    private async Task<Outcome<ImportReport>> ImportAsync(List<(int Row, ProcedureInput Input)> rows, List<ImportError> errors, bool tabular, CancellationToken ct)
    {
        const int MaxRows = 5000;
        if (rows.Count > MaxRows)
        {
            return Invalid([new ImportError(0, null, Text.Pick($"Mỗi lần nhập tối đa {MaxRows} thủ tục.", $"At most {MaxRows} procedures per import."))]);
        }

        var units = await db.ActiveUnitsAsync(ct);
        foreach (var (row, input) in rows)
        {
            foreach (var (field, messages) in ProcedureInputValidation.Check(input, units))
            {
                var column = tabular ? ProcedureColumns.Letter(ProcedureColumns.IndexOf(field)) : field;
                errors.AddRange(messages.Select(m => new ImportError(row, column, Text.From(m).ToString())));
            }
        }

        foreach (var duplicate in rows.Where(r => r.Input.Code is not null).GroupBy(r => r.Input.Code!.Trim()).Where(g => g.Count() > 1))
        {
            var lines = string.Join(", ", duplicate.Select(d => d.Row));
            errors.AddRange(duplicate.Select(d => new ImportError(d.Row, tabular ? "A" : "code", Text.Pick(
                $"Mã TTHC \"{duplicate.Key}\" trùng ở các dòng {lines}.", $"Procedure code \"{duplicate.Key}\" is repeated on rows {lines}."))));
        }

        var codes = rows.Select(r => r.Input.Code?.Trim()).OfType<string>().ToList();
        var existing = await db.Procedures.Include(p => p.Units).Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        foreach (var (row, input) in rows)
        {
            if (input.Code is { } code && existing.TryGetValue(code.Trim(), out var old) && old.Status != ProcedureStatus.Active)
            {
                errors.Add(new ImportError(row, tabular ? "A" : "code", Text.Pick(
                    $"Thủ tục \"{code}\" đã bị thay thế hoặc bãi bỏ, không nhập đè được.", $"Procedure \"{code}\" was replaced or abolished and cannot be overwritten.")));
            }
        }

        var unitCodes = await directory.CodesAsync(db, ct);
        foreach (var (row, input) in rows)
        {
            var touched = (input.UnitCodes ?? []).Where(units.ContainsKey).Select(c => units[c])
                .Concat(input.Code is { } code && existing.TryGetValue(code.Trim(), out var old) ? old.Units.Select(u => u.UnitId) : []);
            if (await officer.OutsideScopeAsync(touched, unitCodes, ct) is { Count: > 0 } outside)
            {
                errors.Add(new ImportError(row, tabular ? "R" : "unitCodes", CatalogStore.OutOfScope(outside).Detail!.Value.ToString()));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors.OrderBy(e => e.Row).ToList());
        }

        return await WriteAsync(rows, existing, units, unitCodes, ct);
    }

    private async Task<Outcome<ImportReport>> WriteAsync(List<(int Row, ProcedureInput Input)> rows, Dictionary<string, Procedure> existing, Dictionary<string, Guid> units, Dictionary<Guid, string> unitCodes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var results = new List<ImportRowResult>();
        foreach (var (row, input) in rows)
        {
            var code = input.Code!.Trim();
            var isNew = !existing.TryGetValue(code, out var procedure);
            procedure ??= new Procedure { Code = code, Name = string.Empty, Field = string.Empty };
            ProcedureInputMapping.WriteOnto(input, procedure, units);
            if (isNew)
            {
                db.Procedures.Add(procedure);
            }
            else
            {
                procedure.Version++;
            }

            db.Record(procedure, ProcedureChangeKind.Imported, officer.UserName, now, unitCodes);
            results.Add(new ImportRowResult(row, code, isNew ? "created" : "updated"));
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(results.Count(r => r.Action == "created"), results.Count(r => r.Action == "updated"), results);
    }

    private static Error Invalid(List<ImportError> errors) => new(
        "import-invalid", StatusCodes.Status400BadRequest,
        new("Tệp nhập có lỗi, chưa nhập thủ tục nào", "The import has errors; nothing was imported"),
        new($"{errors.Count} lỗi, xem danh sách theo dòng và cột.", $"{errors.Count} errors, listed by row and column."),
        errors.GroupBy(e => e.Column is null ? $"rows[{e.Row}]" : $"rows[{e.Row}].{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => new Text(e.Message, e.Message)).ToArray()));
}
