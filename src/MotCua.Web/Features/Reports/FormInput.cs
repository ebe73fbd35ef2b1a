using System.Globalization;
using MotCua.Domain.Organization;
using MotCua.Domain.Reports;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Reports;

/// <summary>
/// A version of a report form as the settings page's form holds it (issue 18, item 10): its names, the letters per
/// level, the columns with their header levels and what fills them, and the checks, with blank rows to add one of
/// each. Read back as <see cref="PeriodRulesInput"/> is: blank rows left out, what cannot be read named in words.
/// </summary>
public sealed class FormInput
{
    /// <summary>Header levels offered per column: the shipped forms use up to three.</summary>
    public const int HeaderLevels = 3;

    /// <summary>What both settings forms say when a new version has no effective date.</summary>
    public static readonly Text NoEffectiveDay = new("Hiệu lực từ ngày: chưa chọn ngày.", "Effective from: no day chosen.");

    public string? Code { get; set; }

    public string? Version { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    public FormContent Content { get; set; }

    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? LegalBasis { get; set; }

    public string? UnitOfCount { get; set; }

    public string? Number { get; set; }

    public List<VariantInput> Variants { get; set; } = [];

    public List<ColumnInput> Columns { get; set; } = [];

    public List<IdentityInput> Identities { get; set; } = [];

    /// <summary>The fields of <paramref name="form"/> to start a new version from: its version name and effective date are the new version's to give.</summary>
    public static FormInput From(ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        int levels = Math.Max(HeaderLevels, form.HeaderDepth);
        return new()
        {
            Code = form.Code, EffectiveTo = form.EffectiveTo, Content = form.Content, Title = form.Title,
            TitleEn = form.TitleEn, LegalBasis = form.LegalBasis, UnitOfCount = form.UnitOfCount, Number = form.Number,
            Variants = [.. form.Variants.Select(v => new VariantInput { Letter = v.Letter, Kinds = [.. v.Kinds] }), new()],
            Columns =
            [
                .. form.Columns.Select(c => new ColumnInput { Number = c.Number, Headers = [.. c.Headers, .. Enumerable.Repeat<string?>(null, levels - c.Headers.Count)], Measure = c.Measure, Sum = Numbers(c.Sum) }),
                new() { Headers = [.. Enumerable.Repeat<string?>(null, levels)] }, new() { Headers = [.. Enumerable.Repeat<string?>(null, levels)] },
            ],
            Identities = [.. form.Identities.Select(i => new IdentityInput { Rule = i.Rule, Left = Numbers(i.Left), Right = Numbers(i.Right) }), new()],
        };
    }

    public ReportForm Read(List<Text> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (EffectiveFrom is null)
        {
            problems.Add(NoEffectiveDay);
        }

        return new(
            Trim(Code), Trim(Version), EffectiveFrom ?? default, Content, Trim(Title), Trim(TitleEn), Trim(LegalBasis), Trim(UnitOfCount),
            [.. Variants.Where(v => !string.IsNullOrWhiteSpace(v.Letter) || v.Kinds.Count > 0).Select(v => v.Read(problems))],
            [.. Columns.Where(c => !c.IsBlank).Select(c => c.Read(problems))],
            [.. Identities.Where(i => !string.IsNullOrWhiteSpace(i.Rule) || !string.IsNullOrWhiteSpace(i.Left) || !string.IsNullOrWhiteSpace(i.Right)).Select(i => i.Read(problems))],
            EffectiveTo, string.IsNullOrWhiteSpace(Number) ? "Biểu số {0}" : Number.Trim());
    }

    /// <summary>Column numbers as the form shows them: "4, 5, 6".</summary>
    public static string? Numbers(IReadOnlyList<int>? columns) => columns is null ? null : string.Join(", ", columns);

    /// <summary>"4, 5, 6" read back; null when empty; a word that is not a column number is named with <paramref name="field"/>.</summary>
    public static IReadOnlyList<int>? Numbers(string? text, Text field, List<Text> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var words = (text ?? string.Empty).Split([',', ';', ' ', '+'], StringSplitOptions.RemoveEmptyEntries);
        var numbers = new List<int>();
        foreach (var word in words)
        {
            if (int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            else
            {
                problems.Add(new($"{field.Vi}: \"{word}\" không phải là số cột.", $"{field.En}: \"{word}\" is not a column number."));
            }
        }

        return numbers.Count == 0 ? null : numbers;
    }

    private static string Trim(string? text) => text?.Trim() ?? string.Empty;
}

/// <summary>The letter the form's number takes for units of the ticked kinds.</summary>
public sealed class VariantInput
{
    public string? Letter { get; set; }

    public List<UnitKind> Kinds { get; set; } = [];

    public FormVariant Read(List<Text> problems)
    {
        if (string.IsNullOrWhiteSpace(Letter))
        {
            problems.Add(new("Biến thể theo cấp: có loại đơn vị được chọn nhưng chưa có chữ cái.", "Variant per level: kinds of unit are ticked but the letter is missing."));
        }

        return new(Letter?.Trim() ?? string.Empty, [.. Kinds]);
    }
}

/// <summary>A column: its number, its header levels from the top, and either the measure that fills it or the columns it adds up.</summary>
public sealed class ColumnInput
{
    public int? Number { get; set; }

    public List<string?> Headers { get; set; } = [];

    public string? Measure { get; set; }

    public string? Sum { get; set; }

    public bool IsBlank => Number is null && Headers.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(Measure) && string.IsNullOrWhiteSpace(Sum);

    public ReportColumn Read(List<Text> problems)
    {
        if (Number is null)
        {
            var named = string.Join(" — ", Headers.Where(h => !string.IsNullOrWhiteSpace(h)));
            problems.Add(new($"Cột “{named}”: chưa có số cột.", $"Column “{named}”: the number is missing."));
        }

        var headers = Headers.Select(h => h?.Trim() ?? string.Empty).Reverse().SkipWhile(h => h.Length == 0).Reverse().ToList();
        return new(Number ?? 0, headers, string.IsNullOrWhiteSpace(Measure) ? null : Measure,
            FormInput.Numbers(Sum, new($"Cột {Number}, cộng các cột", $"Column {Number}, sum of columns"), problems));
    }
}

/// <summary>A check every row must pass: the columns on the left add up to those on the right.</summary>
public sealed class IdentityInput
{
    public string? Rule { get; set; }

    public string? Left { get; set; }

    public string? Right { get; set; }

    public ReportIdentity Read(List<Text> problems)
    {
        var rule = Rule?.Trim() ?? string.Empty;
        return new(
            rule.Length > 0 ? rule : $"{Left} = {Right}",
            FormInput.Numbers(Left, new($"Kiểm tra “{rule}”, vế trái", $"Check “{rule}”, left side"), problems) ?? [],
            FormInput.Numbers(Right, new($"Kiểm tra “{rule}”, vế phải", $"Check “{rule}”, right side"), problems) ?? []);
    }
}
