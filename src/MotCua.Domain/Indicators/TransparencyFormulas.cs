namespace MotCua.Domain.Indicators;

/// <summary>Group 1, Công khai, minh bạch (INDICATORS-766.md 1.1–1.4).</summary>
public static class TransparencyFormulas
{
    public const string PublicationDays = "publicationWorkingDaysBeforeEffect";

    public const string DisclosureDays = "disclosureWorkingDays";

    /// <summary>
    /// 1.1: distinct procedures in decisions dated in the period; on time when the decision is dated at least N working
    /// days before the legal basis takes effect (N = 5; 20 for ministries, set in the table): the N-th working day
    /// after the decision is at the latest the effective day. Late in any decision of the period, late for the period.
    /// </summary>
    public static Fraction PublishedOnTime(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        decimal days = context.WorkingDays(PublicationDays);
        var procedures = facts.Publications
            .Where(d => context.Period.Contains(d.DecisionDate))
            .SelectMany(d => d.Procedures.Select(p => (p.ProcedureCode, OnTime: context.WorkingDaysAfter(d.DecisionDate, days) <= p.LegalBasisEffectiveOn)))
            .GroupBy(p => p.ProcedureCode, StringComparer.Ordinal);
        return Fraction.CountBy(procedures, p => p.All(x => x.OnTime), p => (SubjectKind.Procedure, p.Key));
    }

    /// <summary>
    /// 1.2: each procedure of a decision is due on the database N working days after the decision (N = 5; 10 for
    /// ministries). Denominator: those disclosed in the period, plus those whose deadline fell in it and that were still
    /// not disclosed at its end. Numerator: those disclosed in the period by their deadline.
    /// </summary>
    public static Fraction DisclosedOnTime(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        decimal days = context.WorkingDays(DisclosureDays);
        ReportingPeriod period = context.Period;
        var counted = facts.Publications
            .SelectMany(d => d.Procedures.Select(p => (p.ProcedureCode, p.DisclosedOn, Deadline: context.WorkingDaysAfter(d.DecisionDate, days))))
            .Where(p => (p.DisclosedOn is { } disclosed && period.Contains(disclosed))
                || (period.Contains(p.Deadline) && (p.DisclosedOn is not { } later || period.EndsBefore(later))));
        return Fraction.CountBy(counted, p => p.DisclosedOn <= p.Deadline, p => (SubjectKind.Procedure, p.ProcedureCode));
    }

    /// <summary>1.3: published procedures at the end of the period having every part Decree 63/2010 art. 8(2) requires.</summary>
    public static Fraction CompleteContent(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Fraction.Count(facts.Procedures.Where(p => p.IsPublished), p => p.HasCompleteContent);
    }

    /// <summary>1.4: dossiers received in the period whose status the national portal acknowledged by its end.</summary>
    public static Fraction Synchronized(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Fraction.Count(facts.ReceivedIn(context.Period), d => d.SynchronizedAt < context.Period.To);
    }
}
