using System.Globalization;
using MotCua.Domain.Catalog;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

/// <summary>One data row of a spreadsheet: its line number and its cells in column order.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells);

/// <summary>An import problem located in a file: row, column and message.</summary>
public sealed record ImportError(int Row, string? Column, string Message);

/// <summary>
/// Turns spreadsheet rows (from xlsx or csv) into <see cref="ProcedureInput"/>s, reporting every
/// cell that cannot be read with its row and column.
/// </summary>
public static class ProcedureTable
{
    public static List<ImportError> CheckHeaders(IReadOnlyList<string> headers)
    {
        var errors = new List<ImportError>();
        for (var i = 0; i < Math.Max(headers.Count, ProcedureColumns.All.Count); i++)
        {
            var actual = i < headers.Count ? headers[i].Trim() : string.Empty;
            var expected = i < ProcedureColumns.All.Count ? ProcedureColumns.All[i].Header : string.Empty;
            if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new ImportError(1, ProcedureColumns.Letter(i), expected.Length == 0
                    ? Text.Pick($"Cột thừa \"{actual}\" — mẫu chỉ có {ProcedureColumns.All.Count} cột.", $"Unexpected column \"{actual}\" — the template has {ProcedureColumns.All.Count} columns.")
                    : Text.Pick($"Tiêu đề cột phải là \"{expected}\", tệp có \"{actual}\".", $"The column header must be \"{expected}\", the file has \"{actual}\".")));
            }
        }

        return errors;
    }

    /// <summary>The cells of one row for a procedure: what the edit form shows and an export writes.</summary>
    public static IReadOnlyList<string> Cells(ProcedureInput p)
    {
        static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;
        static string Flag(bool? value) => value == true ? "có" : "không";
        static string Recorded(bool? value) => value is null ? string.Empty : Flag(value);
        var cells = new Dictionary<string, string?>
        {
            ["code"] = p.Code, ["name"] = p.Name, ["field"] = p.Field, ["level"] = p.Level, ["isDemoCode"] = Flag(p.IsDemoCode),
            ["result"] = p.Result, ["legalBasis"] = string.Join('\n', p.LegalBasis ?? []),
            ["timeLimit.workingDays"] = Number(p.TimeLimit?.WorkingDays), ["timeLimit.workingHours"] = Number(p.TimeLimit?.WorkingHours),
            ["sameDayCutoff"] = p.SameDayCutoff, ["channels"] = string.Join(", ", p.Channels ?? []), ["online"] = p.Online,
            ["locationIndependent"] = Flag(p.LocationIndependent), ["isInternal"] = Flag(p.IsInternal),
            ["components"] = string.Join('\n', (p.Components ?? []).Select(c => $"{c.Name} | {c.Originals} | {c.Copies} | {Flag(c.Required)} | {c.Template}".TrimEnd(' ', '|'))),
            ["fees"] = string.Join('\n', (p.Fees ?? []).Select(f => $"{f.Name} | {f.Amount} | {f.Note}".TrimEnd(' ', '|'))),
            ["steps"] = string.Join('\n', (p.Steps ?? []).Select(s => $"{s.Name} | {s.Role} | {Number(s.Hours)} | {s.UnitCode}".TrimEnd(' ', '|'))),
            ["unitCodes"] = string.Join(", ", p.UnitCodes ?? []),
            ["publication.decisionNumber"] = p.Publication?.DecisionNumber, ["publication.decisionDate"] = p.Publication?.DecisionDate,
            ["publication.effectiveDate"] = p.Publication?.EffectiveDate,
            ["subjects"] = string.Join(", ", (p.Subjects ?? []).Select(s => s == "citizens" ? "công dân" : s == "organizations" ? "tổ chức" : s)),
            ["resultIsDocument"] = Recorded(p.ResultIsDocument), ["isCertifiedCopy"] = Recorded(p.IsCertifiedCopy),
            ["onlinePaymentIntegrated"] = Recorded(p.OnlinePaymentIntegrated), ["fullOnlineEligible"] = Recorded(p.FullOnlineEligible),
        };
        return ProcedureColumns.All.Select(c => cells[c.Field] ?? string.Empty).ToList();
    }

    public static ProcedureInput Read(TableRow row, List<ImportError> errors)
    {
        var reader = new CellReader(row, errors);
        return new ProcedureInput(
            reader.String("code"), reader.String("name"), reader.String("field"), reader.String("level"),
            reader.Bool("isDemoCode"), reader.String("result"), reader.Lines("legalBasis"),
            new TimeLimitInput(reader.Decimal("timeLimit.workingDays"), reader.Decimal("timeLimit.workingHours")),
            reader.String("sameDayCutoff"),
            reader.String("channels")?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            reader.String("online"), reader.Bool("locationIndependent"), reader.Bool("isInternal"),
            reader.Items("components", 5, p => new ProcedureComponentInput(p[0], reader.Int(p[1], "components"), reader.Int(p[2], "components"), reader.Flag(p[3], "components") ?? true, p[4])),
            reader.Items("fees", 3, p => new FeeInput(p[0], reader.Long(p[1], "fees"), p[2])),
            reader.Items("steps", 4, p => new StepInput(p[0], p[1], p[3], reader.DecimalOf(p[2], "steps"))),
            reader.String("unitCodes")?.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            reader.String("publication.decisionNumber") is { } number
                ? new PublicationInput(number, reader.String("publication.decisionDate"), reader.String("publication.effectiveDate"))
                : null,
            reader.String("subjects")?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            reader.Bool("resultIsDocument"), reader.Bool("isCertifiedCopy"), reader.Bool("onlinePaymentIntegrated"), reader.Bool("fullOnlineEligible"));
    }

    private sealed class CellReader(TableRow row, List<ImportError> errors)
    {
        public string? String(string field)
        {
            var index = ProcedureColumns.IndexOf(field);
            var value = index < row.Cells.Count ? row.Cells[index].Trim() : string.Empty;
            return value.Length == 0 ? null : value;
        }

        public string[]? Lines(string field) =>
            String(field)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public List<T>? Items<T>(string field, int parts, Func<string?[], T> build) => Lines(field)?
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(split => build(Enumerable.Range(0, parts).Select(i => i < split.Length && split[i].Length > 0 ? split[i] : null).ToArray()))
            .ToList();

        public bool? Bool(string field) => Flag(String(field), field);

        public decimal? Decimal(string field) => DecimalOf(String(field), field);

        public bool? Flag(string? value, string field) => value?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "có" or "co" or "x" or "true" or "yes" or "1" => true,
            "không" or "khong" or "false" or "no" or "0" => false,
            _ => Fail<bool?>(field, value, new("có hoặc không", "yes or no")),
        };

        public decimal? DecimalOf(string? value, string field) =>
            value is null ? null
            : decimal.TryParse(value.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number
            : Fail<decimal?>(field, value, new("một số", "a number"));

        public int? Int(string? value, string field) =>
            value is null ? null
            : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
            : Fail<int?>(field, value, new("một số nguyên", "a whole number"));

        public long? Long(string? value, string field) =>
            value is null ? null
            : long.TryParse(value.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
            : Fail<long?>(field, value, new("một số tiền (đồng)", "an amount in VND"));

        private T? Fail<T>(string field, string value, Text expected)
        {
            var index = ProcedureColumns.IndexOf(field);
            errors.Add(new ImportError(row.Number, ProcedureColumns.Letter(index), Text.Pick(
                $"{ProcedureColumns.All[index].Header}: \"{value}\" không phải {expected.Vi}.",
                $"{ProcedureColumns.All[index].Header}: \"{value}\" is not {expected.En}.")));
            return default;
        }
    }
}
