using System.Globalization;
using System.Text.Json;
using MotCua.Domain.Calendar;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// The versions of the period rules (<see cref="ShippedResource"/> or an edited copy) and the reading of period codes:
/// <c>2024-M03</c>, <c>2024-Q1</c>, <c>2024-H1</c>, <c>2024-9M</c>, <c>2024-Y</c>, and the months of Decision 933/QĐ-TTg
/// <c>2024-M03-933</c>. A period follows the version in
/// force on the first day of its first calendar month.
/// </summary>
public sealed class ReportPeriods
{
    public const string ShippedResource = "MotCua.Domain.Reports.report-periods.json";

    private readonly IReadOnlyList<PeriodCalendar> versions;

    /// <exception cref="InvalidDataException">No version, or a version whose parts or days cannot be read.</exception>
    public ReportPeriods(IReadOnlyList<PeriodCalendar> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
        {
            throw new InvalidDataException("The period rules have no version.");
        }

        if (versions.SelectMany(Problems).FirstOrDefault() is { } problem)
        {
            throw new InvalidDataException(problem.En);
        }

        this.versions = [.. versions.OrderBy(v => v.EffectiveFrom)];
    }

    public static ReportPeriods Shipped()
    {
        using Stream stream = typeof(ReportPeriods).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"Embedded resource {ShippedResource} is missing from the assembly.");
        return new ReportPeriods(JsonSerializer.Deserialize<List<PeriodCalendar>>(stream, OfficialSchedules.JsonOptions)
            ?? throw new InvalidDataException("The period rules are empty."));
    }

    public IReadOnlyList<PeriodCalendar> Versions => versions;

    /// <summary>Everything wrong with one version of the period rules, in words the administrator can act on; empty when it may be used.</summary>
    public static IReadOnlyList<TableProblem> Problems(PeriodCalendar version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var problems = new List<TableProblem>();
        if (string.IsNullOrWhiteSpace(version.Version))
        {
            problems.Add(new("Quy định kỳ báo cáo chưa có phiên bản.", "The period rules have no version."));
        }

        if (version.Kinds.Count == 0)
        {
            problems.Add(new("Chưa có loại kỳ báo cáo nào.", "No period kind is defined."));
        }

        foreach (int day in version.Kinds.Select(k => k.CutoffDay ?? version.CutoffDay).Distinct().Where(d => d is < 2 or > 28))
        {
            problems.Add(new($"Ngày chốt số liệu {day} phải từ 2 đến 28.", $"The cut-off day {day} must be 2 to 28."));
        }

        foreach (var deadline in version.Deadlines.Concat(version.Kinds.SelectMany(k => k.Deadlines ?? [])).Where(d => d.Day is < 1 or > 28))
        {
            problems.Add(new($"Hạn gửi báo cáo ngày {deadline.Day} phải từ 1 đến 28.", $"The deadline day {deadline.Day} must be 1 to 28."));
        }

        foreach (var part in version.Kinds.SelectMany(k => k.Parts).Where(p => p.FirstMonth < 1 || p.LastMonth > 12 || p.FirstMonth > p.LastMonth))
        {
            problems.Add(new($"Kỳ {part.Code}: tháng {part.FirstMonth}–{part.LastMonth} không hợp lệ.", $"Part {part.Code}: months {part.FirstMonth}–{part.LastMonth} are out of range."));
        }

        foreach (var code in version.Kinds.SelectMany(k => k.Parts).GroupBy(p => p.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new($"Mã kỳ {code} bị lặp.", $"The part code {code} is repeated."));
        }

        return problems;
    }

    /// <summary>
    /// The official periods of <paramref name="kinds"/> whose deadline for <paramref name="level"/> falls within
    /// <paramref name="from"/>…<paramref name="to"/>: the reports a unit of that level owes soon.
    /// </summary>
    public IReadOnlyList<ReportPeriod> DueBetween(DateOnly from, DateOnly to, ReportingLevel level, IReadOnlyCollection<PeriodKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var codes = versions.SelectMany(v => v.Kinds).Where(k => kinds.Contains(k.Kind)).SelectMany(k => k.Parts).Select(p => p.Code).Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. Enumerable.Range(from.Year, to.Year - from.Year + 1)
            .SelectMany(year => codes.Select(code => Parse(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{code}"), PeriodBasis.Cutoff)))
            .OfType<ReportPeriod>()
            .Where(p => kinds.Contains(p.Kind) && p.DeadlineFor(level) is { } due && due >= from && due <= to)
            .DistinctBy(p => p.Code)];
    }

    /// <summary>The period a code names, or null when the code is not one of the kinds' parts of a year (1900–9999).</summary>
    public ReportPeriod? Parse(string? code, PeriodBasis basis)
    {
        if (code is null || code.Length < 6 || code[4] != '-'
            || !int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1900)
        {
            return null;
        }

        string partCode = code[5..];
        foreach (var version in versions.Reverse())
        {
            foreach (var kind in version.Kinds)
            {
                if (kind.Parts.FirstOrDefault(p => string.Equals(p.Code, partCode, StringComparison.OrdinalIgnoreCase)) is { } part
                    && new DateOnly(year, part.FirstMonth, 1) >= version.EffectiveFrom)
                {
                    return version.Period(year, kind, part, basis);
                }
            }
        }

        return null;
    }

    /// <summary>Any days <paramref name="from"/>…<paramref name="to"/> (both included), as dashboards ask: coded <c>2024-01-05..2024-02-10</c>.</summary>
    public ReportPeriod Range(DateOnly from, DateOnly to) => new(
        string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}"), PeriodKind.Range, PeriodBasis.Calendar, from, to,
        versions.Last(v => v.EffectiveFrom <= from || v == versions[0]).Version, new Dictionary<ReportingLevel, DateOnly>());

    /// <summary>The period of the same kind just before <paramref name="period"/>: the last part of the year before after the first.</summary>
    public ReportPeriod Previous(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        int year = int.Parse(period.Code.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var version = versions.Last(v => v.Version == period.Version);
        // The kind that holds the part: a version may divide the year twice for one kind (months by Decree 09, by Decision 933).
        var kind = version.Kinds.First(k => k.Kind == period.Kind && k.Parts.Any(p => string.Equals(p.Code, period.Code[5..], StringComparison.OrdinalIgnoreCase)));
        var parts = kind.Parts;
        int index = parts.ToList().FindIndex(p => string.Equals(p.Code, period.Code[5..], StringComparison.OrdinalIgnoreCase));
        return index > 0
            ? version.Period(year, kind, parts[index - 1], period.Basis)
            : Parse($"{year - 1:D4}-{parts[^1].Code}", period.Basis) ?? version.Period(year - 1, kind, parts[^1], period.Basis);
    }
}
