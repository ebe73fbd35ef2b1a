using MotCua.Domain.Indicators.Targets;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Features.Plans;

namespace MotCua.Web.Features.Targets;

/// <summary>What a target row carries, as entered or changed: percentages of 0–100 for the year and each quarter.</summary>
public sealed record TargetValues(string? Task, string? Indicator, IReadOnlyList<string>? AppliesTo, string? Lead, string? Coordinating, decimal? Annual, IReadOnlyList<decimal>? Quarters, string? Note);

public static class TargetRules
{
    public static readonly Text TargetNoun = new("chỉ tiêu", "Target");

    /// <summary>The checked values, or every field's error: a year between the plans' bounds, a known indicator and unit kinds, percentages of 0–100.</summary>
    public static Outcome<KpiTarget> Read(TargetValues values, int? year, Guid unitId)
    {
        var errors = new Dictionary<string, Text[]>();
        if (year is not (>= CreatePlan.MinYear and <= CreatePlan.MaxYear))
        {
            errors["year"] = [new Text("Năm phải từ {0} đến {1}.", "year must be between {0} and {1}.").Format(CreatePlan.MinYear, CreatePlan.MaxYear)];
        }

        if (!Enum.TryParse(values.Indicator, ignoreCase: true, out TargetIndicator indicator) || int.TryParse(values.Indicator, out _))
        {
            errors["indicator"] = [new Text("Chỉ tiêu không có trong danh mục: {0}.", "Unknown indicator: {0}.").Format(string.Join(", ", Enum.GetNames<TargetIndicator>()))];
        }

        var kinds = (values.AppliesTo ?? []).Select(k => Enum.TryParse(k, ignoreCase: true, out UnitKind kind) && !int.TryParse(k, out _) ? kind : (UnitKind?)null).ToList();
        if (kinds.Count == 0 || kinds.Any(k => k is null))
        {
            errors["appliesTo"] = [new Text("Nhóm đơn vị thực hiện phải là một hoặc nhiều loại đơn vị: {0}.", "appliesTo must list unit kinds: {0}.").Format(string.Join(", ", Enum.GetNames<UnitKind>()))];
        }

        Percent(errors, "annual", values.Annual);
        if (values.Quarters is not { Count: 4 })
        {
            errors["quarters"] = [new("Lộ trình phải có đúng 4 giá trị tối thiểu cho Quý I–IV.", "quarters must hold the four quarterly minimums.")];
        }
        else
        {
            foreach (var (q, i) in values.Quarters.Select((q, i) => (q, i)))
            {
                Percent(errors, $"quarters[{i}]", q);
            }
        }

        Length(errors, "lead", values.Lead, 500);
        Length(errors, "coordinating", values.Coordinating, 500);
        Length(errors, "note", values.Note, 1000);
        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        return new KpiTarget
        {
            UnitId = unitId, Year = year!.Value, Task = values.Task?.Trim() ?? string.Empty, Indicator = indicator, AppliesTo = [.. kinds.Select(k => k!.Value).Distinct().Order()],
            Lead = values.Lead?.Trim() ?? string.Empty, Coordinating = values.Coordinating?.Trim() ?? string.Empty, Annual = values.Annual!.Value,
            Q1 = values.Quarters![0], Q2 = values.Quarters[1], Q3 = values.Quarters[2], Q4 = values.Quarters[3], Note = string.IsNullOrWhiteSpace(values.Note) ? null : values.Note.Trim(),
        };
    }

    private static void Percent(Dictionary<string, Text[]> errors, string field, decimal? value)
    {
        if (value is not (>= 0m and <= 100m))
        {
            errors[field] = [new("Chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100, không âm.", "A target is a percentage from 0 to 100, never negative.")];
        }
    }

    private static void Length(Dictionary<string, Text[]> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = [new Text("Dài tối đa {0} ký tự.", "At most {0} characters.").Format(max)];
        }
    }
}
