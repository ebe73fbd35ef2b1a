using MotCua.Domain.Catalog;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Reports;

/// <summary>
/// The publication and disclosure form (REPORTS.md §4): the decisions issued in the period and the procedures they add,
/// amend or replace, and abolish; the procedures published on time and disclosed on time, and the published procedures
/// with complete content at the end — as indicators 1.1–1.3 judge them, so the form and the index agree.
/// </summary>
public static class PublicationTally
{
    public const string Decisions = "publicationDecisions";
    public const string Created = "proceduresCreated";
    public const string Amended = "proceduresAmendedOrReplaced";
    public const string Abolished = "proceduresAbolished";
    public const string PublishedOnTime = "proceduresPublishedOnTime";
    public const string DisclosedOnTime = "proceduresDisclosedOnTime";
    public const string Published = "proceduresPublished";
    public const string CompleteContent = "proceduresCompleteContent";

    /// <param name="decisions">
    /// The decisions with, for each procedure they change, the kind of change; those dated before the period are read for
    /// the disclosures due in it.
    /// </param>
    public static Measures Count(
        IReadOnlyList<(PublicationFacts Decision, IReadOnlyList<ProcedureChangeKind> Kinds)> decisions, IReadOnlyList<ProcedureFacts> procedures, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(context);
        var measures = new Measures();
        foreach (var (decision, kinds) in decisions.Where(d => context.Period.Contains(d.Decision.DecisionDate)))
        {
            measures.Add(Decisions);
            foreach (var kind in kinds)
            {
                measures.Add(kind switch { ProcedureChangeKind.Abolished => Abolished, ProcedureChangeKind.Amended or ProcedureChangeKind.Replaced => Amended, _ => Created });
            }
        }

        var facts = new IndexFacts { Publications = [.. decisions.Select(d => d.Decision)], Procedures = procedures };
        measures.Add(PublishedOnTime, (long)TransparencyFormulas.PublishedOnTime(facts, context).Numerator);
        measures.Add(DisclosedOnTime, (long)TransparencyFormulas.DisclosedOnTime(facts, context).Numerator);
        var complete = TransparencyFormulas.CompleteContent(facts, context);
        measures.Add(Published, (long)complete.Denominator);
        measures.Add(CompleteContent, (long)complete.Numerator);
        return measures;
    }
}
