using System.Text.Json;
using MotCua.Domain.Calendar;
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
        foreach (var form in forms)
        {
            var numbers = form.Columns.Select(c => c.Number).ToList();
            bool filled = form.FigureColumns.All(c => c.Measure is not null ^ c.Sum is not null);
            bool sumsKnown = form.Columns.Where(c => c.Sum is not null).SelectMany(c => c.Sum!).All(numbers.Contains);
            bool identitiesKnown = form.Identities.SelectMany(i => i.Left.Concat(i.Right)).All(numbers.Contains);
            if (numbers.Distinct().Count() != numbers.Count || !filled || !sumsKnown || !identitiesKnown || form.Columns.Any(c => c.Headers.Count == 0))
            {
                throw new InvalidDataException($"The report form {form.Code} {form.Version} has duplicate, empty or unknown columns.");
            }
        }

        All = forms;
    }

    public IReadOnlyList<ReportForm> All { get; }

    public static ReportForms Shipped()
    {
        using Stream stream = typeof(ReportForms).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} is missing from the assembly.");
        return new ReportForms(JsonSerializer.Deserialize<List<ReportForm>>(stream, OfficialSchedules.JsonOptions)
            ?? throw new InvalidDataException("The report forms are empty."));
    }

    /// <summary>The forms in force on <paramref name="day"/>, one version each.</summary>
    public IReadOnlyList<ReportForm> InForce(DateOnly day) => [.. All.Where(f => f.InForceOn(day)).OrderBy(f => f.Code, StringComparer.Ordinal)];

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
