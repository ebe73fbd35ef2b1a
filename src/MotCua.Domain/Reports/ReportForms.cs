using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Reports;

/// <summary>
/// Every version of every report form (<see cref="ShippedResource"/> or an edited copy), checked when read: a column
/// is filled by a measure or adds up earlier columns, numbers are unique, identities name existing columns.
/// </summary>
public sealed class ReportForms
{
    public const string ShippedResource = "MotCua.Domain.Reports.report-forms.json";

    /// <exception cref="InvalidDataException">A form whose columns or identities do not hold together.</exception>
    public ReportForms(IReadOnlyList<ReportForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.SelectMany(Problems).FirstOrDefault() is { } problem)
        {
            throw new InvalidDataException(problem.En);
        }

        All = forms;
    }

    public IReadOnlyList<ReportForm> All { get; }

    /// <summary>Everything wrong with one version of a form, in words the administrator can act on; empty when it may be used.</summary>
    public static IReadOnlyList<TableProblem> Problems(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<TableProblem>();
        string name = $"{form.Code} {form.Version}";
        if (string.IsNullOrWhiteSpace(form.Code) || string.IsNullOrWhiteSpace(form.Version))
        {
            problems.Add(new("Biểu mẫu phải có mã và phiên bản.", "A form needs a code and a version."));
        }

        if (form.Columns.Count < 3)
        {
            problems.Add(new($"Biểu {name} phải có cột TT, cột tên dòng và ít nhất một cột số liệu.", $"Form {name} needs the TT column, the label column and at least one figure column."));
        }

        var numbers = form.Columns.Select(c => c.Number).ToList();
        foreach (int number in numbers.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new($"Biểu {name}: cột {number} bị lặp.", $"Form {name}: column {number} is repeated."));
        }

        foreach (var column in form.Columns.Where(c => c.Headers.Count == 0 || c.Headers.Any(string.IsNullOrWhiteSpace)))
        {
            problems.Add(new($"Biểu {name}: cột {column.Number} chưa có tiêu đề.", $"Form {name}: column {column.Number} has no header."));
        }

        foreach (var column in form.FigureColumns.Where(c => !(c.Measure is not null ^ c.Sum is not null)))
        {
            problems.Add(new($"Biểu {name}: cột {column.Number} phải có đúng một trong hai: chỉ số đo (measure) hoặc các cột cộng lại (sum).", $"Form {name}: column {column.Number} needs exactly one of a measure or a sum."));
        }

        foreach (int missing in form.Columns.SelectMany(c => c.Sum ?? []).Concat(form.Identities.SelectMany(i => i.Left.Concat(i.Right))).Distinct().Where(n => !numbers.Contains(n)))
        {
            problems.Add(new($"Biểu {name}: cột {missing} được cộng hoặc kiểm tra nhưng không có trong biểu.", $"Form {name}: column {missing} is added or checked but does not exist."));
        }

        if (form.EffectiveTo is { } end && end <= form.EffectiveFrom)
        {
            problems.Add(new($"Biểu {name}: ngày hết hiệu lực phải sau ngày hiệu lực.", $"Form {name}: effectiveTo must follow effectiveFrom."));
        }

        return problems;
    }

    public static ReportForms Shipped()
    {
        using Stream stream = typeof(ReportForms).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} is missing from the assembly.");
        return new ReportForms(JsonSerializer.Deserialize<List<ReportForm>>(stream, OfficialSchedules.JsonOptions)
            ?? throw new InvalidDataException("The report forms are empty."));
    }

    /// <summary>
    /// The forms in force on <paramref name="day"/>, one version each: of two versions of a code in force, the one that
    /// took effect later (the later listed on a tie), so that a version the administrator saved supersedes the shipped one.
    /// </summary>
    public IReadOnlyList<ReportForm> InForce(DateOnly day) =>
        [.. All.Select((f, i) => (Form: f, Order: i)).Where(f => f.Form.InForceOn(day)).GroupBy(f => f.Form.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(f => f.Form.EffectiveFrom).ThenBy(f => f.Order).Last().Form).OrderBy(f => f.Code, StringComparer.Ordinal)];

    /// <summary>
    /// The form a printed code names on <paramref name="day"/> for a unit of <paramref name="kind"/>: the code alone
    /// (II.06) or with the letter of the unit's level (II.06c). Null when no such form is in force, or when the letter
    /// is that of another level.
    /// </summary>
    public ReportForm? Find(string? code, DateOnly day, UnitKind kind)
    {
        if (code is null)
        {
            return null;
        }

        return InForce(day).FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(f.PrintedCode(kind), code, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether any version of any form has this code, with or without a letter: an unknown form, not one for another level.</summary>
    public bool Knows(string? code) => BaseCode(code) is not null;

    /// <summary>The code without the level's letter (II.06 for II.06c), or null for a code no form has.</summary>
    public string? BaseCode(string? code) => code is null ? null : All.FirstOrDefault(f =>
        string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)
        || f.Variants.Any(v => string.Equals(f.Code + v.Letter, code, StringComparison.OrdinalIgnoreCase)))?.Code;
}
