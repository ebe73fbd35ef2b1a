using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// A version of the period rules as the settings page's form holds it (issue 18, item 10): every value in a field of
/// its own, with blank rows to add a part or a kind. Blank rows are left out when it is read back; what cannot be read
/// is named in words, and the rules' own checks run on the result as on an uploaded JSON.
/// </summary>
public sealed class PeriodRulesInput
{
    public string? Version { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public string? Source { get; set; }

    public int? CutoffDay { get; set; }

    public DeadlineInput Deadlines { get; set; } = new();

    public List<PeriodKindInput> Kinds { get; set; } = [];

    /// <summary>The fields of <paramref name="rules"/> to start a new version from: its name and effective date are the new version's to give.</summary>
    public static PeriodRulesInput From(PeriodCalendar rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new()
        {
            Source = rules.Source, CutoffDay = rules.CutoffDay,
            Deadlines = DeadlineInput.From(rules.Deadlines), Kinds = [.. rules.Kinds.Select(PeriodKindInput.From), PeriodKindInput.Blank()],
        };
    }

    public PeriodCalendar Read(List<Text> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (EffectiveFrom is null)
        {
            problems.Add(FormInput.NoEffectiveDay);
        }

        if (CutoffDay is null)
        {
            problems.Add(new("Ngày chốt số liệu: chưa nhập.", "Cut-off day: not entered."));
        }

        return new(Version?.Trim() ?? string.Empty, EffectiveFrom ?? default, Source?.Trim() ?? string.Empty, CutoffDay ?? 0,
            [.. Kinds.Where(k => !k.IsBlank).Select(k => k.Read(problems))], Deadlines.Read() ?? []);
    }
}

/// <summary>The day of the period's last month by which each level sends its report; a level left empty has no deadline.</summary>
public sealed class DeadlineInput
{
    public int? Unit { get; set; }

    public int? District { get; set; }

    public int? Province { get; set; }

    public static DeadlineInput From(IReadOnlyList<ReportDeadline>? deadlines) => new()
    {
        Unit = deadlines?.FirstOrDefault(d => d.Level == ReportingLevel.Unit)?.Day,
        District = deadlines?.FirstOrDefault(d => d.Level == ReportingLevel.District)?.Day,
        Province = deadlines?.FirstOrDefault(d => d.Level == ReportingLevel.Province)?.Day,
    };

    /// <summary>Null when no level has a day: a kind then keeps the version's deadlines.</summary>
    public IReadOnlyList<ReportDeadline>? Read()
    {
        List<ReportDeadline> days =
        [
            .. new[] { (ReportingLevel.Unit, Unit), (ReportingLevel.District, District), (ReportingLevel.Province, Province) }
                .Where(d => d.Item2 is not null).Select(d => new ReportDeadline(d.Item1, d.Item2!.Value)),
        ];
        return days.Count == 0 ? null : days;
    }
}

/// <summary>How one kind divides the year, with its own cut-off day, deadlines and source when it keeps them.</summary>
public sealed class PeriodKindInput
{
    public PeriodKind Kind { get; set; }

    public string? Source { get; set; }

    public int? CutoffDay { get; set; }

    public DeadlineInput Deadlines { get; set; } = new();

    public List<PeriodPartInput> Parts { get; set; } = [];

    public bool IsBlank => Parts.All(p => p.IsBlank);

    public static PeriodKindInput From(PeriodKindDefinition kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return new()
        {
            Kind = kind.Kind, Source = kind.Source, CutoffDay = kind.CutoffDay, Deadlines = DeadlineInput.From(kind.Deadlines),
            Parts = [.. kind.Parts.Select(p => new PeriodPartInput { Code = p.Code, FirstMonth = p.FirstMonth, LastMonth = p.LastMonth }), new()],
        };
    }

    /// <summary>A kind to add: four parts, as many as a year has quarters.</summary>
    public static PeriodKindInput Blank() => new() { Kind = PeriodKind.Quarter, Parts = [new(), new(), new(), new()] };

    public PeriodKindDefinition Read(List<Text> problems) => new(
        Kind, [.. Parts.Where(p => !p.IsBlank).Select(p => p.Read(problems))], CutoffDay, Deadlines.Read(), string.IsNullOrWhiteSpace(Source) ? null : Source.Trim());
}

/// <summary>One part of the year: its code (<c>Q1</c>) and its first and last month.</summary>
public sealed class PeriodPartInput
{
    public string? Code { get; set; }

    public int? FirstMonth { get; set; }

    public int? LastMonth { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && FirstMonth is null && LastMonth is null;

    public PeriodPart Read(List<Text> problems)
    {
        var code = Code?.Trim() ?? string.Empty;
        if (code.Length == 0)
        {
            problems.Add(new("Một kỳ có tháng nhưng chưa có mã kỳ.", "A part has months but no code."));
        }

        if (FirstMonth is null || LastMonth is null)
        {
            problems.Add(new($"Kỳ {code}: chưa nhập đủ từ tháng, đến tháng.", $"Part {code}: the first or last month is missing."));
        }

        return new(code, FirstMonth ?? 0, LastMonth ?? 0);
    }
}
