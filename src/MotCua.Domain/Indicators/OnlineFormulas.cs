using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>Group 3, Cung cấp dịch vụ công trực tuyến (INDICATORS-766.md 3.1–3.4).</summary>
public static class OnlineFormulas
{
    /// <summary>3.4: dossiers received in the period of procedures eligible for full-process online service, those received through it.</summary>
    public static Fraction FullOnlineDossiers(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(
            facts.ReceivedIn(context.Period).Where(d => facts.ProcedureOf(d).FullOnlineEligible),
            d => d.Channel == IntakeChannel.Online && facts.ProcedureOf(d).Online == OnlineLevel.Full);
    }

    /// <summary>3.1: the unit's procedures, those offering partial or full online service (counted once, at the highest level).</summary>
    public static Fraction OnlineProcedures(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Fraction.Count(facts.Procedures.Where(p => p.IsPublished), p => p.Online != OnlineLevel.None);
    }

    /// <summary>3.2: the unit's online services, those with at least one online dossier received in the period.</summary>
    public static Fraction OnlineServicesUsed(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var used = facts.ReceivedIn(context.Period)
            .Where(d => d.Channel == IntakeChannel.Online)
            .Select(d => d.ProcedureCode)
            .ToHashSet(StringComparer.Ordinal);
        return Fraction.Count(facts.Procedures.Where(p => p.IsPublished && p.Online != OnlineLevel.None), p => used.Contains(p.Code));
    }

    /// <summary>
    /// 3.3: dossiers received in the period by channel. The figure (and its 50 % target) is the online share; an online
    /// dossier counts as online only when its result is electronic where the procedure returns a document, and is in
    /// no part otherwise. Direct includes an unknown channel, which the product never records.
    /// </summary>
    public static Fraction DossiersByChannel(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var received = facts.ReceivedIn(context.Period).ToList();
        List<CountedSubject> subjects =
        [
            .. received.Select(d => new CountedSubject(
                SubjectKind.Dossier,
                d.Code,
                d.Channel == IntakeChannel.Online && (!facts.ProcedureOf(d).ResultIsDocument || d.HasElectronicResult),
                d.Channel == IntakeChannel.Counter ? "direct" : SubjectReasons.Key(d.Channel))),
        ];
        int online = subjects.Count(s => s.InNumerator);
        return new Fraction(online, received.Count)
        {
            Subjects = subjects,
            Parts =
            [
                new FractionPart("online", online),
                new FractionPart("direct", received.Count(d => d.Channel == IntakeChannel.Counter)),
                new FractionPart("postal", received.Count(d => d.Channel == IntakeChannel.Postal)),
            ],
        };
    }
}
