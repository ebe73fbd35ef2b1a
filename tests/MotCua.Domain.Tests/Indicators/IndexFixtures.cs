using MotCua.Domain.Calendar;
using MotCua.Domain.Feedback;
using MotCua.Domain.Indicators;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// Facts for the index tests: March 2025 (Saturday 1 – Monday 31; 3 March is a Monday, no holiday in the month),
/// the default working hours 07:30–11:30, 13:00–17:00 and the shipped table. Each is built anew at every use: a result
/// computed once per process would be read under every mutant (mutation.sh) without being computed under it.
/// </summary>
internal static class IndexFixtures
{
    public static WorkingCalendar WorkCalendar => WorkingCalendar.CreateDefault();

    public static IndicatorTable Table => IndicatorTableReader.Shipped();

    public static readonly ReportingPeriod March = ReportingPeriod.Days(Day("2025-03-01"), Day("2025-03-31"));

    public static IndicatorContext Context => new(March, WorkCalendar, Table.Parameters);

    /// <summary>A published procedure with nothing special about it: no fees, paper result, not online.</summary>
    public static ProcedureFacts Procedure(string code = "P1") => new() { Code = code, IsPublished = true, HasCompleteContent = true };

    /// <summary>A counter dossier of P1 received at <paramref name="received"/>, due at <paramref name="due"/>, in progress.</summary>
    public static DossierFacts Dossier(string code, string received, string due) => new()
    {
        Code = code,
        ProcedureCode = "P1",
        ReceivedAt = Instant(received),
        Dues = [new DueChange(Instant(received), Instant(due))],
    };

    /// <summary>The same dossier, resolved at <paramref name="ended"/>.</summary>
    public static DossierFacts Resolved(this DossierFacts dossier, string ended) =>
        dossier with { EndedAt = Instant(ended), End = DossierEnd.Resolved };

    public static IndexFacts Facts(params DossierFacts[] dossiers) => new() { Procedures = [Procedure()], Dossiers = dossiers };

    /// <summary>A feedback of <paramref name="kind"/> received at <paramref name="received"/>, nothing done yet.</summary>
    public static FeedbackFacts FeedbackReceived(string code, FeedbackKind kind, string received) => new() { Code = code, Kind = kind, ReceivedAt = Instant(received) };

    /// <summary>An event of a feedback's history, by its action's API name (<c>request-information</c>).</summary>
    public static FeedbackEvent FeedbackEventAt(int sequence, string type, string at) => new() { Sequence = sequence, Type = type, At = Instant(at), ByUserName = "canbo" };
}
