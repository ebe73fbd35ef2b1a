using MotCua.Domain.Dossiers;
using MotCua.Domain.Feedback;

namespace MotCua.Domain.Indicators;

/// <summary>Group 6, Mức độ hài lòng (INDICATORS-766.md 5.1–5.4).</summary>
public static class SatisfactionFormulas
{
    /// <summary>5.1: feedback received in the period by classification; the figure is the share about regulations.</summary>
    public static Fraction FeedbackByKind(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var received = facts.Feedback.Where(f => context.Period.Contains(f.ReceivedAt)).ToList();
        int regulation = received.Count(f => f.Kind == FeedbackKind.Regulation);
        return new Fraction(regulation, received.Count)
        {
            Subjects = [.. received.Select(f => new CountedSubject(SubjectKind.Feedback, f.Code, f.Kind == FeedbackKind.Regulation, SubjectReasons.Key(f.Kind)))],
            Parts = [new FractionPart("regulation", regulation), new FractionPart("handling", received.Count - regulation)],
        };
    }

    /// <summary>
    /// 5.2: feedback received or handled in the period; those handled in it on time, and those still in progress at its
    /// end within their limit. Feedback received earlier and neither handled in the period is not counted, as written.
    /// </summary>
    public static Fraction FeedbackOnTime(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ReportingPeriod period = context.Period;
        return Fraction.Count(
            facts.Feedback.Where(f => period.Contains(f.ReceivedAt) || (f.HandledAt is { } handled && period.Contains(handled))),
            f => f.HandledAt < period.To
                ? FeedbackTimeliness.HandledOnTime(f, context)
                : FeedbackTimeliness.WithinLimitAt(f, context, period.To));
    }

    /// <summary>
    /// 5.3: feedback first received in the period, less (each once) those whose published answer drew more "not
    /// satisfied" than "satisfied" votes, those handled late by the end of the period, and those followed by a new
    /// complaint about the answer.
    /// </summary>
    public static Fraction FeedbackSatisfaction(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ReportingPeriod period = context.Period;
        return Fraction.Count(
            facts.Feedback.Where(f => period.Contains(f.ReceivedAt)),
            f => f.UnsatisfiedVotes <= f.SatisfiedVotes
                && !f.ComplainedAboutAnswer
                && !(f.HandledAt < period.To && !FeedbackTimeliness.HandledOnTime(f, context)));
    }

    /// <summary>
    /// 5.4: 100 % − (late-dossier rate + share of dossiers with a complaint or an "unsatisfied" rating), both over the
    /// dossiers 2.1 judges, so the figure has one denominator: numerator = judged − late − unhappy (never below 0).
    /// A dossier both late and unhappy is taken off twice, as the formula adds the two rates.
    /// </summary>
    public static Fraction DossierSatisfaction(IndexFacts facts, IndicatorContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        var judged = facts.Dossiers
            .Where(d => ProcessingTimeliness.Counts(d, context.Period))
            .Select(d => (d.Code, Late: !ProcessingTimeliness.OnTime(d, context.Period), Unhappy: d.Complained || d.Rating == SatisfactionLevel.Unsatisfied))
            .ToList();
        int late = judged.Count(d => d.Late);
        int unhappy = judged.Count(d => d.Unhappy);
        return new Fraction(Math.Max(0, judged.Count - late - unhappy), judged.Count)
        {
            Subjects =
            [
                .. judged.Select(d => new CountedSubject(
                    SubjectKind.Dossier,
                    d.Code,
                    !d.Late && !d.Unhappy,
                    (d.Late, d.Unhappy) switch
                    {
                        (true, true) => "lateAndUnhappy",
                        (true, false) => "late",
                        (false, true) => "unhappy",
                        _ => null,
                    })),
            ],
        };
    }
}
