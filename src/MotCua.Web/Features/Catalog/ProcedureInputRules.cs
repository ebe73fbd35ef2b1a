using System.Globalization;
using System.Text.RegularExpressions;
using MotCua.Domain.Catalog;
using MotCua.Domain.Organization;
using MotCua.Web.Common;

namespace MotCua.Web.Features.Catalog;

/// <summary>
/// Checks a <see cref="ProcedureInput"/> completely and, when it is valid, writes it onto a
/// <see cref="Procedure"/>. Create, amend and every import format share these rules.
/// </summary>
public static partial class ProcedureInputRules
{
    private const int MaxItems = 100;

    public static Dictionary<string, Text[]> Validate(ProcedureInput input, IReadOnlyDictionary<string, Guid> activeUnits)
    {
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(input.Code) || !CodePattern().IsMatch(input.Code.Trim()))
        {
            errors.Add("code", new("Mã TTHC không đúng dạng (ví dụ 1.001193.000.00.00.H10).", "The procedure code is malformed (e.g. 1.001193.000.00.00.H10)."));
        }

        Required(errors, "name", input.Name, 500, new("tên thủ tục", "name"));
        Required(errors, "field", input.Field, 200, new("lĩnh vực", "field"));
        if (ParseLevel(input.Level) is null)
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

        if (ParseChannels(input.Channels) is null)
        {
            errors.Add("channels", new("Kênh nộp phải gồm một hoặc nhiều giá trị counter, postal, online.", "channels must list one or more of counter, postal, online."));
        }

        if (ParseOnline(input.Online) is null)
        {
            errors.Add("online", new("Mức trực tuyến phải là none, partial hoặc full.", "online must be none, partial or full."));
        }

        if (input.Subjects is not null && ParseSubjects(input.Subjects) is null)
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

    public static void Apply(ProcedureInput input, Procedure procedure, IReadOnlyDictionary<string, Guid> activeUnits)
    {
        procedure.Name = input.Name!.Trim();
        procedure.Field = input.Field!.Trim();
        procedure.Level = ParseLevel(input.Level)!.Value;
        procedure.IsDemoCode = input.IsDemoCode ?? false;
        procedure.Result = input.Result?.Trim() ?? string.Empty;
        procedure.LegalBasis = (input.LegalBasis ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        procedure.TimeLimit = input.TimeLimit!.WorkingHours is { } hours
            ? new TimeLimit(hours, TimeLimitUnit.WorkingHours)
            : new TimeLimit(input.TimeLimit.WorkingDays!.Value, TimeLimitUnit.WorkingDays);
        procedure.SameDayCutoff = input.SameDayCutoff is { Length: > 0 } c ? TimeOnly.ParseExact(c, "HH:mm", CultureInfo.InvariantCulture) : null;
        procedure.Channels = ParseChannels(input.Channels)!.Value;
        procedure.Online = ParseOnline(input.Online)!.Value;
        procedure.LocationIndependent = input.LocationIndependent ?? false;
        procedure.IsInternal = input.IsInternal ?? false;
        procedure.Subjects = input.Subjects is null ? null : ParseSubjects(input.Subjects);
        procedure.ResultIsDocument = input.ResultIsDocument;
        procedure.IsCertifiedCopy = input.IsCertifiedCopy;
        procedure.OnlinePaymentIntegrated = input.OnlinePaymentIntegrated;
        procedure.FullOnlineEligible = input.FullOnlineEligible;
        procedure.Components = (input.Components ?? []).Select(x => new Component(x.Name!.Trim(), x.Originals ?? 0, x.Copies ?? 0, x.Required ?? true, Trimmed(x.Template))).ToList();
        procedure.Fees = (input.Fees ?? []).Select(x => new Fee(x.Name!.Trim(), x.Amount ?? 0, Trimmed(x.Note), x.OnRequest ?? false)).ToList();
        procedure.Steps = (input.Steps ?? []).Select(x => new ProcessStep(x.Name!.Trim(), ParseRole(x.Role)!.Value, Trimmed(x.UnitCode), x.Hours!.Value)).ToList();
        var unitIds = (input.UnitCodes ?? []).Distinct(StringComparer.Ordinal).Select(code => activeUnits[code]).ToHashSet();
        procedure.Units.RemoveAll(u => !unitIds.Contains(u.UnitId));
        procedure.Units.AddRange(unitIds.Where(id => procedure.Units.All(u => u.UnitId != id)).Select(id => new ProcedureUnit { ProcedureId = procedure.Id, UnitId = id }));
        procedure.Publication = input.Publication is { DecisionNumber: { Length: > 0 } number } p
            ? new Publication(number.Trim(), ParseDate(p.DecisionDate)!.Value, ParseDate(p.EffectiveDate)!.Value)
            : procedure.Publication;
    }

    public static ProcedureLevel? ParseLevel(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        "province" or "tỉnh" or "tinh" => ProcedureLevel.Province,
        "district" or "huyện" or "huyen" => ProcedureLevel.District,
        "commune" or "xã" or "xa" => ProcedureLevel.Commune,
        _ => null,
    };

    public static Role? ParseRole(string? role) => role?.Trim().ToLowerInvariant() switch
    {
        "receptionist" => Role.Receptionist,
        "specialist" => Role.Specialist,
        "leader" => Role.Leader,
        _ => null,
    };

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1945 and <= 2100
            ? date
            : null;

    private static Channels? ParseChannels(IReadOnlyList<string>? channels)
    {
        if (channels is null || channels.Count == 0)
        {
            return null;
        }

        var result = Channels.None;
        foreach (var channel in channels)
        {
            if (ParseChannel(channel) is not { } one)
            {
                return null;
            }

            result |= one;
        }

        return result;
    }

    private static Channels? ParseChannel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        "counter" => Channels.Counter,
        "postal" => Channels.Postal,
        "online" => Channels.Online,
        _ => null,
    };

    /// <summary>One or both subjects, in English or Vietnamese; anything else (or none) is refused.</summary>
    private static ProcedureSubjects? ParseSubjects(IReadOnlyList<string> subjects)
    {
        var result = ProcedureSubjects.None;
        foreach (var subject in subjects)
        {
            result |= subject.Trim().ToLowerInvariant() switch
            {
                "citizens" or "công dân" or "cong dan" => ProcedureSubjects.Citizens,
                "organizations" or "tổ chức" or "to chuc" => ProcedureSubjects.Organizations,
                _ => (ProcedureSubjects)(-1),
            };
        }

        return result is ProcedureSubjects.None or < 0 or > (ProcedureSubjects.Citizens | ProcedureSubjects.Organizations) ? null : result;
    }

    private static OnlineLevel? ParseOnline(string? online) => (online?.Trim().ToLowerInvariant() ?? "none") switch
    {
        "none" or "" => OnlineLevel.None,
        "partial" => OnlineLevel.Partial,
        "full" => OnlineLevel.Full,
        _ => null,
    };

    private static TimeLimit? ValidateTimeLimit(Errors errors, TimeLimitInput? input)
    {
        var message = new Text(
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

    private static void ValidateComponents(Errors errors, IReadOnlyList<ComponentInput>? components)
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
            if (ParseRole(s.Role) is null)
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
        var decided = ParseDate(publication.DecisionDate);
        var effective = ParseDate(publication.EffectiveDate);
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

    private static void Required(Errors errors, string field, string? value, int maxLength, Text what)
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

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^[0-9]\.[0-9]{6}(\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2})?$")]
    private static partial Regex CodePattern();

    /// <summary>Field errors in the order found, several per field.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, List<Text>> byField = [];

        public void Add(string field, Text message)
        {
            if (!byField.TryGetValue(field, out var list))
            {
                byField[field] = list = [];
            }

            list.Add(message);
        }

        public Dictionary<string, Text[]> ToDictionary() => byField.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
