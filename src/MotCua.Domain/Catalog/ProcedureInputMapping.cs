using System.Globalization;

namespace MotCua.Domain.Catalog;

/// <summary>
/// Writes a <see cref="ProcedureInput"/> that <see cref="ProcedureInputValidation"/> found valid onto a
/// <see cref="Procedure"/>: what it checked is read here without a second check.
/// </summary>
public static class ProcedureInputMapping
{
    public static void WriteOnto(ProcedureInput input, Procedure procedure, IReadOnlyDictionary<string, Guid> activeUnits)
    {
        procedure.Name = input.Name!.Trim();
        procedure.Field = input.Field!.Trim();
        procedure.Level = ProcedureWords.Level(input.Level)!.Value;
        procedure.IsDemoCode = input.IsDemoCode ?? false;
        procedure.Result = input.Result?.Trim() ?? string.Empty;
        procedure.LegalBasis = (input.LegalBasis ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        procedure.TimeLimit = input.TimeLimit!.WorkingHours is { } hours
            ? new TimeLimit(hours, TimeLimitUnit.WorkingHours)
            : new TimeLimit(input.TimeLimit.WorkingDays!.Value, TimeLimitUnit.WorkingDays);
        procedure.SameDayCutoff = input.SameDayCutoff is { Length: > 0 } c ? TimeOnly.ParseExact(c, "HH:mm", CultureInfo.InvariantCulture) : null;
        procedure.Channels = ProcedureWords.Channels(input.Channels)!.Value;
        procedure.Online = ProcedureWords.Online(input.Online)!.Value;
        procedure.LocationIndependent = input.LocationIndependent ?? false;
        procedure.IsInternal = input.IsInternal ?? false;
        procedure.Subjects = input.Subjects is null ? null : ProcedureWords.Subjects(input.Subjects);
        procedure.ResultIsDocument = input.ResultIsDocument;
        procedure.IsCertifiedCopy = input.IsCertifiedCopy;
        procedure.OnlinePaymentIntegrated = input.OnlinePaymentIntegrated;
        procedure.FullOnlineEligible = input.FullOnlineEligible;
        procedure.Components = (input.Components ?? []).Select(x => new Component(x.Name!.Trim(), x.Originals ?? 0, x.Copies ?? 0, x.Required ?? true, Trimmed(x.Template))).ToList();
        procedure.Fees = (input.Fees ?? []).Select(x => new Fee(x.Name!.Trim(), x.Amount ?? 0, Trimmed(x.Note), x.OnRequest ?? false)).ToList();
        procedure.Steps = (input.Steps ?? []).Select(x => new ProcessStep(x.Name!.Trim(), ProcedureWords.StepRole(x.Role)!.Value, Trimmed(x.UnitCode), x.Hours!.Value)).ToList();
        var unitIds = (input.UnitCodes ?? []).Distinct(StringComparer.Ordinal).Select(code => activeUnits[code]).ToHashSet();
        procedure.Units.RemoveAll(u => !unitIds.Contains(u.UnitId));
        procedure.Units.AddRange(unitIds.Where(id => procedure.Units.All(u => u.UnitId != id)).Select(id => new ProcedureUnit { ProcedureId = procedure.Id, UnitId = id }));
        procedure.Publication = input.Publication is { DecisionNumber: { Length: > 0 } number } p
            ? new Publication(number.Trim(), ProcedureWords.Date(p.DecisionDate)!.Value, ProcedureWords.Date(p.EffectiveDate)!.Value)
            : procedure.Publication;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
