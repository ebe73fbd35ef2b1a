using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>
/// The clock's stops read from a dossier's events (Decree 61/2018 art. 17): a supplement or a pause stops it until the
/// supplement or the resumption; what happened at the desk before receipt is intake, not a stop.
/// </summary>
public class DossierStopsTests
{
    private static readonly DateTimeOffset Received = new(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void A_supplement_and_a_pause_stop_the_clock_until_answered_the_one_never_answered_last()
    {
        var events = new[]
        {
            Event(1, DossierAction.Receive, 0),
            Event(2, DossierAction.RequestSupplement, 2),
            Event(3, DossierAction.ReceiveSupplement, 26),
            Event(4, DossierAction.Resume, 27),    // nothing paused: no stop ends
            Event(5, DossierAction.Pause, 30),
        };

        DossierStops.From(events, Received).ShouldBe(
        [
            new DossierStop(Received.AddHours(2), Received.AddHours(26), Supplement: true),
            new DossierStop(Received.AddHours(30), null, Supplement: false),
        ]);
    }

    [Fact]
    public void Events_are_read_in_their_order_not_as_given_and_unknown_types_are_skipped()
    {
        var events = new[]
        {
            Event(3, DossierAction.Resume, 5),
            Event(1, DossierAction.Pause, 1),
            new DossierEvent { Sequence = 2, Type = "note", At = Received.AddHours(3), ByUserName = "chuyenvien.xa" },
        };

        DossierStops.From(events, Received).ShouldBe([new DossierStop(Received.AddHours(1), Received.AddHours(5), Supplement: false)]);
    }

    [Fact]
    public void A_supplement_asked_for_at_the_desk_before_receipt_is_intake_not_a_stop()
    {
        var intake = new DossierEvent { Sequence = 1, Type = "request-supplement", At = Received, ByUserName = "tiepnhan.xa", FromStatus = DossierStatus.Submitted };
        var later = new DossierEvent { Sequence = 2, Type = "request-supplement", At = Received, ByUserName = "chuyenvien.xa", FromStatus = DossierStatus.InProgress };

        DossierStops.AfterReceipt(intake, Received).ShouldBeFalse();
        DossierStops.AfterReceipt(later, Received).ShouldBeTrue();            // at the very instant of receipt: after it
        DossierStops.AfterReceipt(later, Received.AddTicks(1)).ShouldBeFalse();
        DossierStops.From([intake], Received).ShouldBeEmpty();
        DossierStops.From([later], Received).ShouldBe([new DossierStop(Received, null, Supplement: true)]);
    }

    [Fact]
    public void A_missing_list_or_event_is_refused_by_name()
    {
        Should.Throw<ArgumentNullException>(() => DossierStops.From(null!, Received)).ParamName.ShouldBe("events");
        Should.Throw<ArgumentNullException>(() => DossierStops.AfterReceipt(null!, Received)).ParamName.ShouldBe("e");
    }

    private static DossierEvent Event(int sequence, DossierAction action, int hoursAfterReceipt) => new()
    {
        Sequence = sequence,
        Type = DossierActions.Name(action),
        At = Received.AddHours(hoursAfterReceipt),
        ByUserName = "chuyenvien.xa",
        FromStatus = DossierStatus.InProgress,
    };
}
