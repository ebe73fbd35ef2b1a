namespace MotCua.Web.Features.Catalog;

/// <summary>
/// A procedure as the KSTTHC office writes it: the body of create and amend, one element of a JSON
/// import, one row of a spreadsheet import. Every field is optional here so that validation can
/// name each missing or wrong one instead of failing on the first.
/// </summary>
public sealed record ProcedureInput(
    string? Code,
    string? Name,
    string? Field,
    string? Level,
    bool? IsDemoCode,
    string? Result,
    IReadOnlyList<string>? LegalBasis,
    TimeLimitInput? TimeLimit,
    string? SameDayCutoff,
    IReadOnlyList<string>? Channels,
    string? Online,
    bool? LocationIndependent,
    bool? IsInternal,
    IReadOnlyList<ComponentInput>? Components,
    IReadOnlyList<FeeInput>? Fees,
    IReadOnlyList<StepInput>? Steps,
    IReadOnlyList<string>? UnitCodes,
    PublicationInput? Publication);

public sealed record TimeLimitInput(decimal? WorkingDays, decimal? WorkingHours);

public sealed record ComponentInput(string? Name, int? Originals, int? Copies, bool? Required, string? Template);

public sealed record FeeInput(string? Name, long? Amount, string? Note);

public sealed record StepInput(string? Name, string? Role, string? UnitCode, decimal? Hours);

public sealed record PublicationInput(string? DecisionNumber, string? DecisionDate, string? EffectiveDate);
