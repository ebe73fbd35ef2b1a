using MotCua.Domain.Dossiers;

namespace MotCua.Domain.Indicators;

/// <summary>Group 5, Số hóa hồ sơ (INDICATORS-766.md 4.1–4.5b).</summary>
public static class DigitizationFormulas
{
    /// <summary>4.1: dossiers whose result was issued in the period, of procedures returning a document; those issued electronically.</summary>
    public static Fraction ElectronicResults(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(ResolvedIn(facts, context.Period).Where(d => facts.ProcedureOf(d).ResultIsDocument), d => d.HasElectronicResult);
    }

    /// <summary>
    /// 4.2: dossiers received in the period; digitized when every component carries a file, and, where the procedure
    /// returns a document, the result is electronic — so a dossier still in progress is not digitized yet.
    /// </summary>
    public static Fraction DigitizedDossiers(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(facts.ReceivedIn(context.Period), d => IsDigitized(d, facts.ProcedureOf(d).ResultIsDocument));
    }

    /// <summary>4.2 for one dossier: every component carries a file and, where the procedure returns a document, the result is electronic.</summary>
    public static bool IsDigitized(DossierFacts dossier, bool resultIsDocument)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Components.Count > 0 && dossier.Components.All(c => c != ComponentOrigin.Paper) && (!resultIsDocument || dossier.HasElectronicResult);
    }

    /// <summary>4.2c: dossiers of certified-copy procedures whose result was issued in the period, those issued as an electronic certified copy.</summary>
    public static Fraction ElectronicCertifiedCopies(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(ResolvedIn(facts, context.Period).Where(d => facts.ProcedureOf(d).IsCertifiedCopy), d => d.HasElectronicResult && d.Result == ResultKind.ECertifiedCopy);
    }

    /// <summary>4.3: dossiers received in the period with a component reused from data already digitized.</summary>
    public static Fraction ReusedData(IndexFacts facts, IndicatorContext context) =>
        ReceivedWith(facts, context, d => d.Components.Contains(ComponentOrigin.Reuse));

    /// <summary>4.4: dossiers received in the period with a component from, or the result pushed to, the applicant's personal data store.</summary>
    public static Fraction PersonalStoreLinked(IndexFacts facts, IndicatorContext context) =>
        ReceivedWith(facts, context, d => d.Components.Contains(ComponentOrigin.PersonalStore) || d.ResultPushedToPersonalStore);

    /// <summary>4.5a: the unit's procedures for citizens, those with a dossier received in the period that used the population database.</summary>
    public static Fraction PopulationDbProcedures(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var usedBy = facts.ReceivedIn(context.Period).Where(UsedPopulationDb).Select(d => d.ProcedureCode).ToHashSet(StringComparer.Ordinal);
        return Fraction.Count(facts.Procedures.Where(p => p.IsPublished && p.ForCitizens), p => usedBy.Contains(p.Code));
    }

    /// <summary>4.5b: dossiers received in the period authenticated by VNeID or filled from the population database.</summary>
    public static Fraction PopulationDbDossiers(IndexFacts facts, IndicatorContext context) =>
        ReceivedWith(facts, context, UsedPopulationDb);

    private static bool UsedPopulationDb(DossierFacts dossier) => dossier.Vneid || dossier.Components.Contains(ComponentOrigin.PopulationDb);

    private static Fraction ReceivedWith(IndexFacts facts, IndicatorContext context, Func<DossierFacts, bool> numerator)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(facts.ReceivedIn(context.Period), numerator);
    }

    /// <summary>The dossiers whose result was issued in the period: 4.1 and 4.2c judge results, which exist only then.</summary>
    private static IEnumerable<DossierFacts> ResolvedIn(IndexFacts facts, ReportingPeriod period) =>
        facts.Dossiers.Where(d => d.End is DossierEnd.Resolved or DossierEnd.Returned && d.EndedAt is { } ended && period.Contains(ended));
}
