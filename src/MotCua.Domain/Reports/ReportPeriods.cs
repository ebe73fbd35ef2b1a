using System.Globalization;
using System.Text.Json;
using MotCua.Domain.Calendar;

namespace MotCua.Domain.Reports;

/// <summary>
/// The versions of the period rules (<see cref="ShippedResource"/> or an edited copy) and the reading of period codes:
/// <c>2024-M03</c>, <c>2024-Q1</c>, <c>2024-H1</c>, <c>2024-9M</c>, <c>2024-Y</c>. A period follows the version in
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

        foreach (var version in versions)
        {
            if (version.CutoffDay is < 2 or > 28 || version.Deadlines.Any(d => d.Day is < 1 or > 28)
                || version.Kinds.SelectMany(k => k.Parts).Any(p => p.FirstMonth < 1 || p.LastMonth > 12 || p.FirstMonth > p.LastMonth))
            {
                throw new InvalidDataException($"The period rules {version.Version} have a day or a month out of range.");
            }
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
                    return version.Period(year, kind.Kind, part, basis);
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
        var parts = version.Kinds.First(k => k.Kind == period.Kind).Parts;
        int index = parts.ToList().FindIndex(p => string.Equals(p.Code, period.Code[5..], StringComparison.OrdinalIgnoreCase));
        return index > 0
            ? version.Period(year, period.Kind, parts[index - 1], period.Basis)
            : Parse($"{year - 1:D4}-{parts[^1].Code}", period.Basis) ?? version.Period(year - 1, period.Kind, parts[^1], period.Basis);
    }
}
