using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Reports;

/// <summary>
/// The report rules refuse a missing argument at the door, naming it (ArgumentNullException, CA1062), rather than failing
/// somewhere inside with a NullReferenceException or a LINQ method's "source".
/// </summary>
public sealed class NullArgumentTests
{
    private static ReportPeriod Q1 => ReportPeriods.Shipped().Parse("2025-Q1", PeriodBasis.Cutoff)!;

    private static ReportForm Form => ReportForms.Shipped().All[0];

    private static PeriodCalendar Version => ReportPeriods.Shipped().Versions[0];

    public static TheoryData<string, Action> Calls => new()
    {
        { "versions", () => _ = new ReportPeriods(null!) },
        { "version", () => ReportPeriods.Problems(null!) },
        { "kinds", () => ReportPeriods.Shipped().DueBetween(Day("2025-01-01"), Day("2025-03-31"), ReportingLevel.Unit, null!) },
        { "period", () => ReportPeriods.Shipped().Previous(null!) },
        { "kind", () => Version.Period(2025, null!, Version.Kinds[0].Parts[0], PeriodBasis.Cutoff) },
        { "part", () => Version.Period(2025, Version.Kinds[0], null!, PeriodBasis.Cutoff) },
        { "forms", () => _ = new ReportForms(null!) },
        { "form", () => ReportForms.Problems(null!) },
        { "form", () => HeaderCell.Layout(null!) },
        { "form", () => new Measures().Cells(null!) },
        { "other", () => new Measures().Add((Measures)null!) },
        { "form", () => ReportRows.Build(null!, []) },
        { "items", () => ReportRows.Build(Form, null!) },
        { "dossier", () => ResolutionTally.Classify(null!, Q1.Instants) },
        { "period", () => ResolutionTally.Classify(Dossier("D", "2025-03-03T08:00+07:00", "2025-03-07T16:00+07:00"), null!) },
        { "dossiers", () => ResolutionTally.Count(null!, Q1.Instants) },
        { "feedback", () => FeedbackTally.Count(null!, Context) },
        { "context", () => FeedbackTally.Count([], null!) },
        { "facts", () => OnlineServiceTally.Count(null!, Context) },
        { "procedures", () => OnlineServiceTally.Procedures(null!) },
        { "facts", () => OnlineServiceTally.Dossiers(null!, Context) },
        { "context", () => OnlineServiceTally.Dossiers(new IndexFacts(), null!) },
        { "decisions", () => PublicationTally.Count(null!, [], Context) },
        { "context", () => PublicationTally.Count([], [], null!) },
        { "reviews", () => ReviewTally.Count(null!, March) },
        { "period", () => ReviewTally.Count([], null!) },
        { "procedures", () => MechanismTally.Count(null!) },
        { "check", () => SettingsJson.TryRead<PeriodCalendar>("{}", null!, out _) },
        { "calendar", () => ReportReminders.RemindFrom(Day("2025-03-17"), 3, null!) },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void A_missing_argument_is_refused_by_name(string parameter, Action call) =>
        Should.Throw<ArgumentNullException>(call).ParamName.ShouldBe(parameter);
}
