using System.Globalization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>A period the pickers offer: its code, as the API and the links carry it, and its name in words.</summary>
public sealed record PeriodChoice(string Code, PeriodKind Kind, Text Name);

/// <summary>
/// The periods an officer picks from instead of typing <c>2026-Q3</c> (issue 18, item 10): every part of this year and
/// last year that has begun, by the version of the period rules in force, grouped by kind and newest first, named as
/// a report names them ("Quý 3/2026", "Tháng 12/2026"). The period asked for stays offered even when older.
/// </summary>
public static class PeriodChoices
{
    /// <summary>The kinds in the order the pickers show them: the quarter, which officers report most, first.</summary>
    public static readonly IReadOnlyList<(PeriodKind Kind, Text Name)> Kinds =
    [
        (PeriodKind.Quarter, new("Quý", "Quarter")), (PeriodKind.Month, new("Tháng", "Month")), (PeriodKind.HalfYear, new("6 tháng", "Half-year")),
        (PeriodKind.NineMonths, new("9 tháng", "Nine months")), (PeriodKind.Year, new("Năm", "Year")),
    ];

    public static IReadOnlyList<PeriodChoice> Recent(ReportPeriods periods, DateOnly today, string? current)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var years = string.IsNullOrWhiteSpace(current) || current.Length < 4 || !int.TryParse(current.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            ? [today.Year, today.Year - 1] : new[] { today.Year, today.Year - 1, asked }.Distinct().ToArray();
        return [.. years.SelectMany(year => Of(periods, year))
            .Where(c => periods.Parse(c.Code, PeriodBasis.Calendar) is { } p && (p.From <= today || c.Code == current))
            .DistinctBy(c => c.Code)
            .OrderBy(c => Kinds.ToList().FindIndex(k => k.Kind == c.Kind)).ThenByDescending(c => c.Code, StringComparer.Ordinal)];
    }

    /// <summary>The name of the period <paramref name="code"/> names ("Quý 3/2026"); null for a run of days or an unknown code.</summary>
    public static Text? NameOf(ReportPeriods periods, string code)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(code);
        return code.Length > 4 && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? Of(periods, year).FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Name : null;
    }

    /// <summary>The periods of one year under the version in force on its first day.</summary>
    private static IEnumerable<PeriodChoice> Of(ReportPeriods periods, int year)
    {
        var version = periods.Versions.LastOrDefault(v => v.EffectiveFrom <= new DateOnly(year, 1, 1)) ?? periods.Versions[0];
        return version.Kinds.SelectMany(kind => kind.Parts.Select((part, index) =>
            new PeriodChoice(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{part.Code}"), kind.Kind, Name(kind, part, index, year))));
    }

    /// <summary>
    /// "Quý 3/2026"; a month whose kind keeps its own cut-off (Decision 933) says its days, so that it is told apart
    /// from the month of the same number under the common cut-off.
    /// </summary>
    private static Text Name(PeriodKindDefinition kind, PeriodPart part, int index, int year) => kind.Kind switch
    {
        PeriodKind.Month when kind.CutoffDay is { } day => new Text("Tháng {0}/{1} (ngày {2} tháng trước đến ngày {3})", "Month {0}/{1} (the {2}th of the month before to the {3}th)").Format(part.FirstMonth, year, day, day - 1),
        PeriodKind.Month => new Text("Tháng {0}/{1}", "Month {0}/{1}").Format(part.FirstMonth, year),
        PeriodKind.Quarter => new Text("Quý {0}/{1}", "Quarter {0}/{1}").Format(index + 1, year),
        PeriodKind.HalfYear when index == 0 => new Text("6 tháng đầu năm {0}", "First half of {0}").Format(year),
        PeriodKind.HalfYear => new Text("6 tháng cuối năm {0}", "Second half of {0}").Format(year),
        PeriodKind.NineMonths => new Text("9 tháng đầu năm {0}", "First nine months of {0}").Format(year),
        _ => new Text("Năm {0}", "Year {0}").Format(year),
    };
}

/// <summary>What the period picker (<c>_PeriodSelect</c>) shows: its field's id, the period asked for, the choices.</summary>
public sealed record PeriodSelect(string Id, string? Value, IReadOnlyList<PeriodChoice> Choices);
