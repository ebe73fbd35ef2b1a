using MotCua.Domain.Catalog;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// The index's rules refuse a missing argument at the door, naming it (ArgumentNullException, CA1062), rather than
/// failing inside with a NullReferenceException. The facts are the worked example's, so that every formula reaches the
/// argument it guards.
/// </summary>
public sealed class NullArgumentTests
{
    private static IndexFacts Facts => ServiceIndexTests.Example;

    private static DossierFacts Dossier => ServiceIndexTests.Example.Dossiers[0];

    private static Procedure Procedure1 => new() { Code = "P1", Name = "Thủ tục", Field = "Hộ tịch" };

    private static DossierFactsRow Row => DossierFactsRow.Of(new MotCua.Domain.Dossiers.Dossier
    {
        Code = "D1", Applicant = new MotCua.Domain.Dossiers.Applicant("Nguyễn Văn A", null, null, null, null, null), ReceivedAt = March.From,
    });

    /// <summary>A timeline whose events recorded no due instant, so that the calendar is needed.</summary>
    private static DossierTimeline Replaying => DossierTimeline.Of([], March.From);

    private static FeedbackFacts Feedback => new() { Code = "F1", ReceivedAt = March.From.AddDays(2) };

    public static TheoryData<string, Action> Calls => new()
    {
        { "facts", () => DigitizationFormulas.ElectronicResults(null!, Context) },
        { "context", () => DigitizationFormulas.ElectronicResults(Facts, null!) },
        { "facts", () => DigitizationFormulas.DigitizedDossiers(null!, Context) },
        { "context", () => DigitizationFormulas.DigitizedDossiers(Facts, null!) },
        { "dossier", () => DigitizationFormulas.IsDigitized(null!, resultIsDocument: true) },
        { "facts", () => DigitizationFormulas.ElectronicCertifiedCopies(null!, Context) },
        { "context", () => DigitizationFormulas.ElectronicCertifiedCopies(Facts, null!) },
        { "facts", () => DigitizationFormulas.ReusedData(null!, Context) },
        { "context", () => DigitizationFormulas.ReusedData(Facts, null!) },
        { "facts", () => DigitizationFormulas.PopulationDbProcedures(null!, Context) },
        { "context", () => DigitizationFormulas.PopulationDbProcedures(Facts, null!) },
        { "facts", () => OnlineFormulas.FullOnlineDossiers(null!, Context) },
        { "context", () => OnlineFormulas.FullOnlineDossiers(Facts, null!) },
        { "facts", () => OnlineFormulas.OnlineProcedures(null!, Context) },
        { "facts", () => OnlineFormulas.OnlineServicesUsed(null!, Context) },
        { "context", () => OnlineFormulas.OnlineServicesUsed(Facts, null!) },
        { "facts", () => OnlineFormulas.DossiersByChannel(null!, Context) },
        { "context", () => OnlineFormulas.DossiersByChannel(Facts, null!) },
        { "facts", () => PaymentFormulas.PaymentIntegrated(null!, Context) },
        { "facts", () => PaymentFormulas.PaymentTransactions(null!, Context) },
        { "context", () => PaymentFormulas.PaymentTransactions(Facts, null!) },
        { "facts", () => PaymentFormulas.DossiersPaidOnline(null!, Context) },
        { "context", () => PaymentFormulas.DossiersPaidOnline(Facts, null!) },
        { "facts", () => ProgressFormulas.ProcessedOnTime(null!, Context) },
        { "context", () => ProgressFormulas.ProcessedOnTime(Facts, null!) },
        { "facts", () => ProgressFormulas.AverageProcessingTime(null!, Context) },
        { "context", () => ProgressFormulas.AverageProcessingTime(Facts, null!) },
        { "facts", () => SatisfactionFormulas.FeedbackByKind(null!, Context) },
        { "context", () => SatisfactionFormulas.FeedbackByKind(Facts with { Feedback = [Feedback] }, null!) },
        { "facts", () => SatisfactionFormulas.FeedbackOnTime(null!, Context) },
        { "context", () => SatisfactionFormulas.FeedbackOnTime(Facts with { Feedback = [Feedback] }, null!) },
        { "facts", () => SatisfactionFormulas.FeedbackSatisfaction(null!, Context) },
        { "context", () => SatisfactionFormulas.FeedbackSatisfaction(Facts with { Feedback = [Feedback] }, null!) },
        { "facts", () => SatisfactionFormulas.DossierSatisfaction(null!, Context) },
        { "context", () => SatisfactionFormulas.DossierSatisfaction(Facts, null!) },
        { "facts", () => TransparencyFormulas.PublishedOnTime(null!, Context) },
        { "context", () => TransparencyFormulas.PublishedOnTime(Facts, null!) },
        { "facts", () => TransparencyFormulas.DisclosedOnTime(null!, Context) },
        { "context", () => TransparencyFormulas.DisclosedOnTime(Facts, null!) },
        { "facts", () => TransparencyFormulas.CompleteContent(null!, Context) },
        { "context", () => TransparencyFormulas.Synchronized(Facts, null!) },
        { "feedback", () => FeedbackTimeliness.HandledOnTime(null!, Context) },
        { "context", () => FeedbackTimeliness.HandledOnTime(Feedback, null!) },
        { "feedback", () => FeedbackTimeliness.WithinLimitAt(null!, Context, March.To) },
        { "context", () => FeedbackTimeliness.WithinLimitAt(Feedback, null!, March.To) },
        { "dossier", () => ProcessingTimeliness.EndAsOf(null!, March.To) },
        { "dossier", () => ProcessingTimeliness.Counts(null!, March) },
        { "period", () => ProcessingTimeliness.Counts(Dossier, null!) },
        { "dossier", () => ProcessingTimeliness.Judge(null!, March) },
        { "period", () => ProcessingTimeliness.Judge(Dossier, null!) },
        { "period", () => Facts.ReceivedIn(null!) },
        { "dossier", () => Facts.ProcedureOf(null!) },
        { "table", () => ServiceIndex.Compute(null!, Facts, March, WorkCalendar) },
        { "table", () => IndicatorTableReader.Problems(null!) },
        { "indicator", () => IndicatorScoring.Value(null!, new Fraction(1, 2)) },
        { "fraction", () => IndicatorScoring.Value(Table.Indicators.First(), null!) },
        { "indicator", () => IndicatorScoring.Points(null!, new Fraction(1, 2)) },
        { "fraction", () => IndicatorScoring.Points(Table.Indicators.First(), null!) },
        { "denominator", () => Fraction.CountBy<DossierFacts>(null!, d => true, d => (SubjectKind.Dossier, d.Code)) },
        { "numerator", () => Fraction.CountBy(Facts.Dossiers, null!, d => (SubjectKind.Dossier, d.Code)) },
        { "subject", () => Fraction.CountBy(Facts.Dossiers, d => true, null!) },
        { "subjects", () => Fraction.Of(null!) },
        { "tree", () => ServiceIndexRollUp.FactsOf(Guid.NewGuid(), null!, new Dictionary<Guid, IndexFacts>()) },
        { "factsByUnit", () => ServiceIndexRollUp.FactsOf(Guid.NewGuid(), [], null!) },
        { "parts", () => ServiceIndexRollUp.Union(null!) },
        { "revisions", () => PublicationFacts.From(null!) },
        { "procedure", () => ProcedureFacts.From(null!, ProcedureFactDefaults.Historical) },
        { "item", () => FeedbackFacts.From(null!, [], complainedAboutAnswer: false) },
        { "events", () => FeedbackFacts.From(new FeedbackItem { Code = "f", Title = "Hỏi", Content = "Hỏi", Sender = new FeedbackSender("Trần B", null, null) }, null!, complainedAboutAnswer: false) },
        { "dossier", () => DossierFactsBuilder.From(null!, Replaying, Procedure1, WorkCalendar, complained: false) },
        { "timeline", () => DossierFactsBuilder.From(Row, null!, Procedure1, WorkCalendar, complained: false) },
        { "procedure", () => DossierFactsBuilder.From(Row, Replaying, null!, WorkCalendar, complained: false) },
        { "calendar", () => DossierFactsBuilder.From(Row, Replaying, Procedure1, null, complained: false) },
        { "events", () => DossierTimeline.Of(null!, DateTimeOffset.UnixEpoch) },
        { "timeline", () => DossierTimelineText.Format(null!, DateTimeOffset.UnixEpoch, 1) },
        { "totals", () => MotCua.Domain.Indicators.Targets.TargetActuals.Of(MotCua.Domain.Indicators.Targets.TargetIndicator.OnlinePayment, null!, null) },
        { "defaults", () => ProcedureFacts.From(new Procedure { Code = "P1", Name = "Thủ tục", Field = "Hộ tịch" }, null!) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_missing_argument_is_refused_by_name(string parameter, Action call) =>
        Should.Throw<ArgumentNullException>(call).ParamName.ShouldBe(parameter);
}
