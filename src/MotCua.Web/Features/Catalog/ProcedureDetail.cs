using MotCua.Domain.Calendar;
using MotCua.Domain.Catalog;

namespace MotCua.Web.Features.Catalog;

public sealed record TimeLimitInfo(decimal? WorkingDays, decimal? WorkingHours)
{
    public static TimeLimitInfo From(TimeLimit limit) => limit.Unit == TimeLimitUnit.WorkingDays
        ? new TimeLimitInfo(limit.Value, null)
        : new TimeLimitInfo(null, limit.Value);
}

public sealed record StepInfo(string Name, string Role, string? UnitCode, decimal Hours);

public sealed record PublicationInfo(string DecisionNumber, DateOnly DecisionDate, DateOnly EffectiveDate);

/// <summary>One procedure with everything API.md lists for GET /api/v1/procedures/{code}.</summary>
public sealed record ProcedureDetail(
    string Code,
    string Name,
    string Field,
    ProcedureLevel Level,
    bool IsDemoCode,
    string Result,
    IReadOnlyList<string> LegalBasis,
    TimeLimitInfo TimeLimit,
    string? SameDayCutoff,
    IReadOnlyList<string> Channels,
    OnlineLevel Online,
    bool LocationIndependent,
    bool IsInternal,
    IReadOnlyList<Component> Components,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<StepInfo> Steps,
    IReadOnlyList<string> UnitCodes,
    ProcedureStatus Status,
    string? ReplacedByCode,
    PublicationInfo? Publication,
    int Version,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string>? Subjects,
    bool? ResultIsDocument,
    bool? IsCertifiedCopy,
    bool? OnlinePaymentIntegrated,
    bool? FullOnlineEligible)
{
    public static ProcedureDetail From(Procedure p, IReadOnlyDictionary<Guid, string> unitCodes) => new(
        p.Code, p.Name, p.Field, p.Level, p.IsDemoCode, p.Result, p.LegalBasis,
        TimeLimitInfo.From(p.TimeLimit),
        p.SameDayCutoff?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ChannelNames(p.Channels),
        p.Online, p.LocationIndependent, p.IsInternal, p.Components, p.Fees,
        p.Steps.Select(s => new StepInfo(s.Name, s.Role.ToString().ToLowerInvariant(), s.UnitCode, s.Hours)).ToList(),
        p.Units.Select(u => unitCodes[u.UnitId]).Order(StringComparer.Ordinal).ToList(),
        p.Status, p.ReplacedByCode,
        p.Publication is { } pub ? new PublicationInfo(pub.DecisionNumber, pub.DecisionDate, pub.EffectiveDate) : null,
        p.Version, p.UpdatedAt.ToOffset(WorkingCalendar.VietnamOffset),
        p.Subjects is { } subjects ? SubjectNames(subjects) : null,
        p.ResultIsDocument, p.IsCertifiedCopy, p.OnlinePaymentIntegrated, p.FullOnlineEligible);

    public static IReadOnlyList<string> SubjectNames(ProcedureSubjects subjects) =>
        Enum.GetValues<ProcedureSubjects>().Where(s => s != ProcedureSubjects.None && subjects.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant()).ToList();

    public static IReadOnlyList<string> ChannelNames(Channels channels) =>
        Enum.GetValues<Channels>().Where(c => c != Domain.Catalog.Channels.None && channels.HasFlag(c)).Select(c => c.ToString().ToLowerInvariant()).ToList();

    /// <summary>The same content as an input, to prefill the edit form and to snapshot a revision.</summary>
    public ProcedureInput ToInput() => new(
        Code, Name, Field, Level.ToString().ToLowerInvariant(), IsDemoCode, Result, LegalBasis,
        new TimeLimitInput(TimeLimit.WorkingDays, TimeLimit.WorkingHours), SameDayCutoff, Channels,
        Online.ToString().ToLowerInvariant(), LocationIndependent, IsInternal,
        Components.Select(c => new ProcedureComponentInput(c.Name, c.Originals, c.Copies, c.Required, c.Template)).ToList(),
        Fees.Select(f => new FeeInput(f.Name, f.Amount, f.Note, f.OnRequest)).ToList(),
        Steps.Select(s => new StepInput(s.Name, s.Role, s.UnitCode, s.Hours)).ToList(),
        UnitCodes,
        Publication is { } p ? new PublicationInput(p.DecisionNumber, p.DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.EffectiveDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
        Subjects, ResultIsDocument, IsCertifiedCopy, OnlinePaymentIntegrated, FullOnlineEligible);
}
