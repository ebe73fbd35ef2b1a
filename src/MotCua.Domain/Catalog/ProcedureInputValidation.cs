using System.Globalization;
using MotCua.Domain.Indicators;
using MotCua.Domain.Organization;

namespace MotCua.Domain.Catalog;

/// <summary>
/// Checks a <see cref="ProcedureInput"/> completely, every field's faults in the order found, before
/// <see cref="ProcedureInputMapping"/> writes it onto a <see cref="Procedure"/>. Create, amend and every import format
/// share these rules; the words for fixed values are read by <see cref="ProcedureWords"/>.
/// </summary>
public static class ProcedureInputValidation
{
    private const int MaxItems = 100;

    public static Dictionary<string, TableProblem[]> Check(ProcedureInput input, IReadOnlyDictionary<string, Guid> activeUnits)
    {
        var errors = new Errors();
        if (!ProcedureWords.IsWellFormedCode(input.Code))
        {
            errors.Add("code", new("Mã TTHC không đúng dạng (ví dụ 1.001193.000.00.00.H10).", "The procedure code is malformed (e.g. 1.001193.000.00.00.H10)."));
        }

        Required(errors, "name", input.Name, 500, new("tên thủ tục", "name"));
        Required(errors, "field", input.Field, 200, new("lĩnh vực", "field"));
        if (ProcedureWords.Level(input.Level) is null)
        {
            errors.Add("level", new("Cấp thực hiện phải là province (tỉnh), district (huyện) hoặc commune (xã).", "level must be province, district or commune."));
        }

        if (input.Result?.Length > 1000)
        {
            errors.Add("result", new("Kết quả tối đa 1000 ký tự.", "result is at most 1000 characters."));
        }

        var limit = ValidateTimeLimit(errors, input.TimeLimit);
        if (input.SameDayCutoff is { Length: > 0 } cutoff && !TimeOnly.TryParseExact(cutoff, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add("sameDayCutoff", new("Giờ hẹn trong ngày phải có dạng HH:mm, ví dụ 15:00.", "sameDayCutoff must be HH:mm, e.g. 15:00."));
        }

        if (ProcedureWords.Channels(input.Channels) is null)
        {
            errors.Add("channels", new("Kênh nộp phải gồm một hoặc nhiều giá trị counter, postal, online.", "channels must list one or more of counter, postal, online."));
        }

        if (ProcedureWords.Online(input.Online) is null)
        {
            errors.Add("online", new("Mức trực tuyến phải là none, partial hoặc full.", "online must be none, partial or full."));
        }

        if (input.Subjects is not null && ProcedureWords.Subjects(input.Subjects) is null)
        {
            errors.Add("subjects", new("Đối tượng thực hiện gồm một hoặc cả hai giá trị citizens (công dân), organizations (tổ chức).", "subjects lists one or both of citizens, organizations."));
        }

        ValidateComponents(errors, input.Components);
        ValidateFees(errors, input.Fees);
        ValidateSteps(errors, input.Steps, activeUnits, limit);
        ValidateUnits(errors, input.UnitCodes, activeUnits);
        ValidatePublication(errors, input.Publication);
        return errors.ToDictionary();
    }

    private static TimeLimit? ValidateTimeLimit(Errors errors, TimeLimitInput? input)
    {
        var message = new TableProblem(
            $"Thời hạn giải quyết: nhập đúng một trong workingDays (0 < n ≤ {TimeLimit.MaxWorkingDays}) hoặc workingHours.",
            $"timeLimit needs exactly one of workingDays (0 < n ≤ {TimeLimit.MaxWorkingDays}) or workingHours.");
        if (input is null || (input.WorkingDays is null) == (input.WorkingHours is null))
        {
            errors.Add("timeLimit", message);
            return null;
        }

        var (value, unit) = input.WorkingDays is { } days ? (days, TimeLimitUnit.WorkingDays) : (input.WorkingHours!.Value, TimeLimitUnit.WorkingHours);
        if (!TimeLimit.IsValid(value, unit))
        {
            errors.Add("timeLimit", message);
            return null;
        }

        return new TimeLimit(value, unit);
    }

    private static void ValidateComponents(Errors errors, IReadOnlyList<ProcedureComponentInput>? components)
    {
        if (TooMany(errors, "components", components))
        {
            return;
        }

        foreach (var (c, i) in (components ?? []).Select((c, i) => (c, i)))
        {
            Required(errors, $"components[{i}].name", c.Name, 1000, new("tên thành phần hồ sơ", "component name"));
            if (c.Originals is < 0 or > 50 || c.Copies is < 0 or > 50)
            {
                errors.Add($"components[{i}]", new("Số bản chính, bản sao phải từ 0 đến 50.", "Originals and copies must be between 0 and 50."));
            }
        }
    }

    private static void ValidateFees(Errors errors, IReadOnlyList<FeeInput>? fees)
    {
        if (TooMany(errors, "fees", fees))
        {
            return;
        }

        foreach (var (f, i) in (fees ?? []).Select((f, i) => (f, i)))
        {
            Required(errors, $"fees[{i}].name", f.Name, 500, new("tên phí, lệ phí", "fee name"));
            if (f.Amount is null or < 0 or > 1_000_000_000_000)
            {
                errors.Add($"fees[{i}].amount", new("Mức phí phải là số đồng không âm.", "The fee amount must be a non-negative number of VND."));
            }
        }
    }

    private static void ValidateSteps(Errors errors, IReadOnlyList<StepInput>? steps, IReadOnlyDictionary<string, Guid> units, TimeLimit? limit)
    {
        if (TooMany(errors, "steps", steps))
        {
            return;
        }

        foreach (var (s, i) in (steps ?? []).Select((s, i) => (s, i)))
        {
            Required(errors, $"steps[{i}].name", s.Name, 300, new("tên bước", "step name"));
            if (ProcedureWords.StepRole(s.Role) is null)
            {
                errors.Add($"steps[{i}].role", new("Vai trò của bước phải là receptionist, specialist hoặc leader.", "A step's role must be receptionist, specialist or leader."));
            }

            if (s.UnitCode is { Length: > 0 } code && !units.ContainsKey(code.Trim()))
            {
                errors.Add($"steps[{i}].unitCode", new($"Không có đơn vị đang hoạt động với mã \"{code}\".", $"No active unit has code \"{code}\"."));
            }

            if (s.Hours is null or <= 0)
            {
                errors.Add($"steps[{i}].hours", new("Thời gian của bước phải là số giờ làm việc lớn hơn 0.", "A step's time must be a positive number of working hours."));
            }
        }

        var parsed = (steps ?? []).Where(s => s.Hours > 0).Select(s => new ProcessStep(s.Name ?? string.Empty, Role.Specialist, null, s.Hours!.Value));
        if (limit is { } l && !ProcessRules.FitsTimeLimit(parsed, l))
        {
            errors.Add("steps", new(
                $"Tổng thời gian các bước vượt thời hạn giải quyết ({l.Hours(ProcessRules.HoursPerWorkingDay):0.##} giờ làm việc).",
                $"The steps take longer than the time limit ({l.Hours(ProcessRules.HoursPerWorkingDay):0.##} working hours)."));
        }
    }

    private static void ValidateUnits(Errors errors, IReadOnlyList<string>? unitCodes, IReadOnlyDictionary<string, Guid> units)
    {
        if (unitCodes is null or { Count: 0 })
        {
            errors.Add("unitCodes", new("Cần ít nhất một đơn vị thực hiện.", "At least one resolving unit is required."));
        }

        foreach (var code in unitCodes ?? [])
        {
            if (!units.ContainsKey(code ?? string.Empty))
            {
                errors.Add("unitCodes", new($"Không có đơn vị đang hoạt động với mã \"{code}\".", $"No active unit has code \"{code}\"."));
            }
        }
    }

    private static void ValidatePublication(Errors errors, PublicationInput? publication)
    {
        if (publication is null)
        {
            return;
        }

        Required(errors, "publication.decisionNumber", publication.DecisionNumber, 60, new("số quyết định công bố", "decision number"));
        var decided = ProcedureWords.Date(publication.DecisionDate);
        var effective = ProcedureWords.Date(publication.EffectiveDate);
        if (decided is null)
        {
            errors.Add("publication.decisionDate", new("Ngày quyết định phải là ngày có thật, dạng yyyy-MM-dd.", "decisionDate must be a real date, yyyy-MM-dd."));
        }

        if (effective is null)
        {
            errors.Add("publication.effectiveDate", new("Ngày hiệu lực phải là ngày có thật, dạng yyyy-MM-dd.", "effectiveDate must be a real date, yyyy-MM-dd."));
        }
        else if (decided is { } d && effective < d)
        {
            errors.Add("publication.effectiveDate", new("Ngày hiệu lực không được trước ngày quyết định.", "effectiveDate cannot be before decisionDate."));
        }
    }

    private static bool TooMany<T>(Errors errors, string field, IReadOnlyList<T>? items)
    {
        if (items?.Count > MaxItems)
        {
            errors.Add(field, new($"Tối đa {MaxItems} mục.", $"At most {MaxItems} items."));
            return true;
        }

        return false;
    }

    private static void Required(Errors errors, string field, string? value, int maxLength, TableProblem what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, new($"Chưa nhập {what.Vi}.", $"The {what.En} is required."));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(field, new($"{Capitalize(what.Vi)} tối đa {maxLength} ký tự.", $"The {what.En} is at most {maxLength} characters."));
        }
    }

    private static string Capitalize(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>Field errors in the order found, several per field.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, List<TableProblem>> byField = [];

        public void Add(string field, TableProblem message)
        {
            if (!byField.TryGetValue(field, out var list))
            {
                byField[field] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, TableProblem[]> ToDictionary() => byField.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
