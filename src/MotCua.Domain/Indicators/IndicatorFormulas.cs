using System.Collections.Frozen;

namespace MotCua.Domain.Indicators;

/// <summary>
/// The formulas an indicator table may name, by key. The table decides which indicator uses which formula and for how
/// many points; the computation itself is code, one rule per indicator, tested against INDICATORS-766.md.
/// </summary>
public static class IndicatorFormulas
{
    public static FrozenDictionary<string, IndicatorFormula> All { get; } = new IndicatorFormula[]
    {
        new("publishedOnTime", [TransparencyFormulas.PublicationDays], TransparencyFormulas.PublishedOnTime),
        new("disclosedOnTime", [TransparencyFormulas.DisclosureDays], TransparencyFormulas.DisclosedOnTime),
        new("completeContent", [], TransparencyFormulas.CompleteContent),
        new("synchronized", [], TransparencyFormulas.Synchronized),
        new("processedOnTime", [], ProgressFormulas.ProcessedOnTime),
        new("averageProcessingTime", [], ProgressFormulas.AverageProcessingTime),
        new("fullOnlineDossiers", [], OnlineFormulas.FullOnlineDossiers),
        new("onlineProcedures", [], OnlineFormulas.OnlineProcedures),
        new("onlineServicesUsed", [], OnlineFormulas.OnlineServicesUsed),
        new("dossiersByChannel", [], OnlineFormulas.DossiersByChannel),
        new("paymentIntegrated", [], PaymentFormulas.PaymentIntegrated),
        new("paymentTransactions", [], PaymentFormulas.PaymentTransactions),
        new("dossiersPaidOnline", [], PaymentFormulas.DossiersPaidOnline),
        new("electronicResults", [], DigitizationFormulas.ElectronicResults),
        new("digitizedDossiers", [], DigitizationFormulas.DigitizedDossiers),
        new("electronicCertifiedCopies", [], DigitizationFormulas.ElectronicCertifiedCopies),
        new("reusedData", [], DigitizationFormulas.ReusedData),
        new("personalStoreLinked", [], DigitizationFormulas.PersonalStoreLinked),
        new("populationDbProcedures", [], DigitizationFormulas.PopulationDbProcedures),
        new("populationDbDossiers", [], DigitizationFormulas.PopulationDbDossiers),
        new("feedbackByKind", [], SatisfactionFormulas.FeedbackByKind),
        new("feedbackOnTime", FeedbackTimeliness.Parameters, SatisfactionFormulas.FeedbackOnTime),
        new("feedbackSatisfaction", FeedbackTimeliness.Parameters, SatisfactionFormulas.FeedbackSatisfaction),
        new("dossierSatisfaction", [], SatisfactionFormulas.DossierSatisfaction),
    }.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);
}
