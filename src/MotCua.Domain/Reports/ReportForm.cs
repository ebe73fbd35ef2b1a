using MotCua.Domain.Organization;

namespace MotCua.Domain.Reports;

/// <summary>What a form counts, so that the product knows which figures fill its measures.</summary>
public enum FormContent
{
    /// <summary>Dossiers received, resolved and in progress (form II.06).</summary>
    Resolution,

    /// <summary>Procedures under the one-stop mechanism (form II.07), from the catalog.</summary>
    Mechanism,

    /// <summary>One row per late dossier (REPORTS.md §4).</summary>
    Late,

    /// <summary>Feedback and petitions received, handled and rated, per unit (REPORTS.md §4).</summary>
    Feedback,

    /// <summary>Online services, payments and digitization, per unit (REPORTS.md §4).</summary>
    OnlineServices,

    /// <summary>Publication decisions and the disclosure of procedures, per unit (REPORTS.md §4).</summary>
    Publication,

    /// <summary>Procedures reviewed, simplification proposed and approved, compliance cost, per unit (REPORTS.md §4).</summary>
    Review,
}

/// <summary>
/// A column: its number as printed, its header as a path of merged header cells from the top (<c>["Số hồ sơ nhận
/// giải quyết", "Trong kỳ", "Trực tuyến"]</c>), and either the measure that fills it or the columns it adds up.
/// </summary>
public sealed record ReportColumn(int Number, IReadOnlyList<string> Headers, string? Measure = null, IReadOnlyList<int>? Sum = null)
{
    /// <summary>The path in one line, as the JSON and the page show it: "Số hồ sơ nhận giải quyết — Tổng số".</summary>
    public string Header => string.Join(" — ", Headers);
}

/// <summary>The letter the form's number takes for units of these kinds: II.06<b>a</b> for the provincial level.</summary>
public sealed record FormVariant(string Letter, IReadOnlyList<UnitKind> Kinds);

/// <summary>A check every row must pass: the sum of the <paramref name="Left"/> columns equals that of the <paramref name="Right"/> ones.</summary>
public sealed record ReportIdentity(string Rule, IReadOnlyList<int> Left, IReadOnlyList<int> Right);

/// <summary>
/// One version of a report form (REPORTS.md §2–5), in force from <paramref name="EffectiveFrom"/> until the day before
/// <paramref name="EffectiveTo"/>: its layout is data, so that a new circular or the two-tier reorganization changes a
/// file. <paramref name="Title"/> takes the unit's name as {0}; <paramref name="Number"/> the printed code.
/// </summary>
public sealed record ReportForm(
    string Code,
    string Version,
    DateOnly EffectiveFrom,
    FormContent Content,
    string Title,
    string TitleEn,
    string LegalBasis,
    string UnitOfCount,
    IReadOnlyList<FormVariant> Variants,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<ReportIdentity> Identities,
    DateOnly? EffectiveTo = null,
    string Number = "Biểu số {0}")
{
    /// <summary>The form's number as printed top left, with the printed code as {0}: "Biểu số II.06c/VPCP/KSTT".</summary>
    public string PrintedNumber(UnitKind kind) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Number, PrintedCode(kind));

    /// <summary>Columns 1 (TT) and 2 (the row's label) hold no figure.</summary>
    public IEnumerable<ReportColumn> FigureColumns => Columns.Where(c => c.Number > 2);

    public bool InForceOn(DateOnly day) => EffectiveFrom <= day && (EffectiveTo is not { } end || day < end);

    /// <summary>The number printed for a unit of <paramref name="kind"/>: "II.06c" for a district; the code alone when the form has no letters.</summary>
    public string PrintedCode(UnitKind kind) =>
        Variants.FirstOrDefault(v => v.Kinds.Contains(kind)) is { } variant ? Code + variant.Letter : Code;

    /// <summary>Depth of the header block: the longest header path.</summary>
    public int HeaderDepth => Columns.Max(c => c.Headers.Count);
}
