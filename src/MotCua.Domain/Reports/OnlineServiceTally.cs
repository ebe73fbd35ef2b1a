using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// The online services, payment and digitization form (REPORTS.md §4): the units' procedures by online service; the
/// dossiers received by channel; paid online (dossiers, and the amount in đồng); digitized, with an electronic result,
/// reusing data — each judged as the Decision 766 index judges it (groups 3 and 4), so the form and the index agree.
/// </summary>
public static class OnlineServiceTally
{
    public const string ProceduresFullOnline = "proceduresFullOnline";
    public const string ProceduresPartialOnline = "proceduresPartialOnline";
    public const string ProceduresOffline = "proceduresOffline";
    public const string ReceivedOnline = "dossiersOnline";
    public const string ReceivedCounter = "dossiersCounter";
    public const string ReceivedPostal = "dossiersPostal";
    public const string PaidOnline = "dossiersPaidOnline";
    public const string PaidOnlineAmount = "paidOnlineAmount";
    public const string Digitized = "dossiersDigitized";
    public const string ElectronicResults = "electronicResults";
    public const string Reused = "dossiersReusingData";

    public static Measures Count(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var measures = Procedures(facts.Procedures);
        measures.Add(Dossiers(facts, context));
        return measures;
    }

    /// <summary>The procedures by online service, each once: units sharing a procedure add it once to their total.</summary>
    public static Measures Procedures(IEnumerable<ProcedureFacts> procedures)
    {
        ArgumentNullException.ThrowIfNull(procedures);
        var measures = new Measures();
        foreach (var procedure in procedures.DistinctBy(p => p.Code))
        {
            measures.Add(procedure.Online switch { OnlineLevel.Full => ProceduresFullOnline, OnlineLevel.Partial => ProceduresPartialOnline, _ => ProceduresOffline });
        }

        return measures;
    }

    /// <summary>The dossiers' measures, which add up across units (a dossier belongs to the unit that received it).</summary>
    public static Measures Dossiers(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var measures = new Measures();
        foreach (var dossier in facts.ReceivedIn(context.Period))
        {
            measures.Add(dossier.Channel switch { IntakeChannel.Online => ReceivedOnline, IntakeChannel.Postal => ReceivedPostal, _ => ReceivedCounter });
        }

        var paid = facts.Dossiers.Select(d => d.Payments.Where(p => p.Online && context.Period.Contains(p.At)).Sum(p => p.Amount)).Where(a => a > 0).ToList();
        measures.Add(PaidOnline, paid.Count);
        measures.Add(PaidOnlineAmount, paid.Sum());
        measures.Add(Digitized, (long)DigitizationFormulas.DigitizedDossiers(facts, context).Numerator);
        measures.Add(ElectronicResults, (long)DigitizationFormulas.ElectronicResults(facts, context).Numerator);
        measures.Add(Reused, (long)DigitizationFormulas.ReusedData(facts, context).Numerator);
        return measures;
    }
}
