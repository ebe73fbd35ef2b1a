namespace MotCua.Domain.Catalog;

/// <summary>
/// A procedure as the KSTTHC office writes it: the body of create and amend, one element of a JSON
/// import, one row of a spreadsheet import. Every field is optional here so that validation can
/// name each missing or wrong one instead of failing on the first. The last five are what the Decision 766 index reads
/// (subjects <c>citizens</c>/<c>organizations</c>, result a document, certified copy, online payment integrated,
/// full-online eligible); left out, they stay unrecorded and the index assumes its documented defaults.
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
    IReadOnlyList<ProcedureComponentInput>? Components,
    IReadOnlyList<FeeInput>? Fees,
    IReadOnlyList<StepInput>? Steps,
    IReadOnlyList<string>? UnitCodes,
    PublicationInput? Publication,
    IReadOnlyList<string>? Subjects = null,
    bool? ResultIsDocument = null,
    bool? IsCertifiedCopy = null,
    bool? OnlinePaymentIntegrated = null,
    bool? FullOnlineEligible = null);

public sealed record TimeLimitInput(decimal? WorkingDays, decimal? WorkingHours);

public sealed record ProcedureComponentInput(string? Name, int? Originals, int? Copies, bool? Required, string? Template);

public sealed record FeeInput(string? Name, long? Amount, string? Note, bool? OnRequest = null);

public sealed record StepInput(string? Name, string? Role, string? UnitCode, decimal? Hours);

public sealed record PublicationInput(string? DecisionNumber, string? DecisionDate, string? EffectiveDate);
