using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using MotCua.Domain.Reports;
using Shouldly;
using Xunit;
using static MotCua.Domain.Reports.ResolutionTally;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Reports;

/// <summary>Form II.06 (REPORTS.md §2) for 2025-Q1 by the cut-off: 15/12/2024 00:00 – 15/03/2025 00:00 (+07:00).</summary>
public sealed class ResolutionTallyTests
{
    private ReportPeriods Periods { get; } = ReportPeriods.Shipped();
    private ReportPeriod Q1 { get; } = ReportPeriods.Shipped().Parse("2025-Q1", PeriodBasis.Cutoff)!;
    private ReportForm Form { get; } = ReportForms.Shipped().Find("II.06", Day("2025-03-14"), Domain.Organization.UnitKind.Commune)!;

    private static DossierFacts Dossier(string received, string due, IntakeChannel channel = IntakeChannel.Counter) => new()
    {
        Code = "D",
        ProcedureCode = "P1",
        Channel = channel,
        ReceivedAt = Instant(received),
        Dues = [new DueChange(Instant(received), Instant(due))],
    };

    private static DossierFacts Ended(DossierFacts dossier, string at, DossierEnd end = DossierEnd.Resolved) => dossier with { EndedAt = Instant(at), End = end };

    public static TheoryData<string, DossierFacts, string?, string?> Cases => new()
    {
        // Resolved the day before its due day: early (col. 8).
        { "online, early", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00", IntakeChannel.Online), "2025-01-09T10:00+07:00"), ReceivedOnline, ResolvedEarly },
        // Exactly at the due instant: on time (col. 9), not late.
        { "at the due instant", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00"), "2025-01-10T16:00+07:00"), ReceivedDesk, ResolvedOnTime },
        { "by post, due day", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00", IntakeChannel.Postal), "2025-01-10T08:00+07:00"), ReceivedDesk, ResolvedOnTime },
        // A minute after it: late (col. 10); an apology letter does not change that (DOMAIN.md §4).
        { "late with an apology", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00"), "2025-01-10T16:01+07:00") with { Apologized = true }, ReceivedDesk, ResolvedLate },
        // Withdrawn and refused dossiers count on time whatever their dates (col. 9).
        { "withdrawn after due", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00"), "2025-02-20T09:00+07:00", DossierEnd.Withdrawn), ReceivedDesk, ResolvedOnTime },
        { "refused", Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00"), "2025-01-20T09:00+07:00", DossierEnd.Refused), ReceivedDesk, ResolvedOnTime },
        // Paused 13–17 January, resumed with its due moved to 15 January: resolved on the new due day, on time.
        {
            "paused then resumed",
            Ended(Dossier("2025-01-06T08:00+07:00", "2025-01-10T16:00+07:00") with
            {
                Stops = [new DossierStop(Instant("2025-01-08T10:00+07:00"), Instant("2025-01-13T08:00+07:00"), Supplement: false)],
                Dues = [new DueChange(Instant("2025-01-06T08:00+07:00"), Instant("2025-01-10T16:00+07:00")), new DueChange(Instant("2025-01-13T08:00+07:00"), Instant("2025-01-15T14:00+07:00"))],
            }, "2025-01-15T11:00+07:00"),
            ReceivedDesk, ResolvedOnTime
        },
        // Received before the period, not ended at its start: carried over (col. 6).
        { "carried over, resolved", Ended(Dossier("2024-12-10T08:00+07:00", "2024-12-20T16:00+07:00"), "2024-12-18T09:00+07:00"), CarriedOver, ResolvedEarly },
        { "carried over, overdue", Dossier("2024-12-10T08:00+07:00", "2024-12-20T16:00+07:00"), CarriedOver, PendingOverdue },
        // Open at the end: within time while not due (col. 12)…
        { "open, not due", Dossier("2025-03-13T08:00+07:00", "2025-03-20T16:00+07:00", IntakeChannel.Online), ReceivedOnline, PendingInTime },
        // …and while waiting for a supplement, even past its due instant.
        {
            "waiting for a supplement",
            Dossier("2025-02-03T08:00+07:00", "2025-02-07T16:00+07:00") with { Stops = [new DossierStop(Instant("2025-02-05T09:00+07:00"), null, Supplement: true)] },
            ReceivedDesk, PendingInTime
        },
        { "open, overdue", Dossier("2025-02-03T08:00+07:00", "2025-02-07T16:00+07:00"), ReceivedDesk, PendingOverdue },
        // Ended after the period: still in progress at its end.
        { "ended after the period", Ended(Dossier("2025-03-10T08:00+07:00", "2025-03-20T16:00+07:00"), "2025-03-18T09:00+07:00"), ReceivedDesk, PendingInTime },
        // Not the period's business: ended before it, or received after it.
        { "ended before", Ended(Dossier("2024-12-01T08:00+07:00", "2024-12-05T16:00+07:00"), "2024-12-04T09:00+07:00"), null, null },
        { "received after", Dossier("2025-03-15T00:00+07:00", "2025-03-20T16:00+07:00"), null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_dossier_counts_once_on_each_side(string name, DossierFacts dossier, string? intake, string? outcome)
    {
        var counted = Classify(dossier, Q1.Instants);

        counted.ShouldBe(intake is null ? null : (intake, outcome!), name);
    }

    // Which side of a boundary a dossier falls on. The period is half-open, [15/12/2024 00:00, 15/03/2025 00:00): its
    // first instant belongs to it, its last does not, and "at the end of the period" means at that last instant.
    public static TheoryData<string, DossierFacts, string?, string?> Boundaries => new()
    {
        // Received at 00:00 on the cut-off day: the period's first instant, so received in it, not carried over.
        { "received at the start", Dossier("2024-12-15T00:00+07:00", "2024-12-20T16:00+07:00", IntakeChannel.Online), ReceivedOnline, PendingOverdue },
        // Ended at the period's first instant: not ended before it, so counted (carried over, resolved in it).
        { "ended at the start", Ended(Dossier("2024-12-10T08:00+07:00", "2024-12-20T16:00+07:00"), "2024-12-15T00:00+07:00"), CarriedOver, ResolvedEarly },
        // Ended at the period's end: not ended in the period, so still in progress at its end.
        { "ended at the end", Ended(Dossier("2025-03-10T08:00+07:00", "2025-03-20T16:00+07:00"), "2025-03-15T00:00+07:00"), ReceivedDesk, PendingInTime },
        // Due exactly at the period's end and open: not yet overdue at that instant.
        { "due at the end", Dossier("2025-03-10T08:00+07:00", "2025-03-15T00:00+07:00"), ReceivedDesk, PendingInTime },
        { "due a minute before the end", Dossier("2025-03-10T08:00+07:00", "2025-03-14T23:59+07:00"), ReceivedDesk, PendingOverdue },
        // A supplement asked for at the period's end stops the clock only from then on: overdue at the end.
        {
            "stopped at the end",
            Dossier("2025-03-03T08:00+07:00", "2025-03-07T16:00+07:00") with { Stops = [new DossierStop(Instant("2025-03-15T00:00+07:00"), null, Supplement: true)] },
            ReceivedDesk, PendingOverdue
        },
        // A supplement brought back at the period's end: the clock stood until then, so within time at the end.
        {
            "resumed at the end",
            Dossier("2025-03-03T08:00+07:00", "2025-03-07T16:00+07:00") with { Stops = [new DossierStop(Instant("2025-03-05T09:00+07:00"), Instant("2025-03-15T00:00+07:00"), Supplement: true)] },
            ReceivedDesk, PendingInTime
        },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void A_dossier_on_a_period_boundary_falls_on_the_side_the_half_open_period_gives(string name, DossierFacts dossier, string? intake, string? outcome) =>
        Classify(dossier, Q1.Instants).ShouldBe(intake is null ? null : (intake, outcome!), name);

    [Fact]
    public void No_dossiers_is_a_total_row_of_zeros_that_passes_every_identity()
    {
        var table = ReportRows.Build(Form, []);

        var total = table.Rows.ShouldHaveSingleItem();
        total.Kind.ShouldBe(RowKind.Total);
        total.Cells.Values.ShouldAllBe(v => v == 0);
        total.Cells.Keys.Order().ShouldBe([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        table.Identities.ShouldAllBe(i => i.Holds);
    }

    [Fact]
    public void The_cases_fill_the_columns_and_every_identity_holds()
    {
        var dossiers = Cases.Select(c => c.Data.Item2).ToList();
        var items = new[]
        {
            new ReportItem(ProcedureLevel.Commune, "Hộ tịch", null, Count(dossiers.Take(7), Q1.Instants)),
            new ReportItem(ProcedureLevel.Commune, "Chứng thực", null, Count(dossiers.Skip(7), Q1.Instants)),
        };

        var table = ReportRows.Build(Form, items);

        table.Rows.Select(r => (r.Number, r.Label, r.Kind)).ShouldBe(
            [("I", "Cấp xã", RowKind.Group), ("1", "Hộ tịch", RowKind.Item), ("2", "Chứng thực", RowKind.Item), ("", "Tổng cộng", RowKind.Total)]);
        // By hand: 13 counted; received online 2, desk/post 9, carried over 2; early 2, on time 5, late 1; in time 3, overdue 2.
        var total = table.Rows[^1].Cells;
        (total[3], total[4], total[5], total[6]).ShouldBe((13L, 2L, 9L, 2L));
        (total[7], total[8], total[9], total[10]).ShouldBe((8L, 2L, 5L, 1L));
        (total[11], total[12], total[13]).ShouldBe((5L, 3L, 2L));
        table.Rows[0].Cells.ShouldBe(total);
        table.Identities.ShouldAllBe(i => i.Holds);
    }

    [Fact]
    public void A_period_carries_over_what_the_previous_one_left_in_progress()
    {
        var dossiers = Cases.Select(c => c.Data.Item2).ToList();
        var previous = Periods.Previous(Q1);

        var before = Count(dossiers, previous.Instants).Cells(Form);
        var now = Count(dossiers, Q1.Instants).Cells(Form);

        before[11].ShouldBe(now[6]);
        before[11].ShouldBe(2);
    }
}
