using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;

namespace MotCua.Domain.Tests.Indicators;

/// <summary>
/// A received dossier's facts straight from its events, as the daily tally builds them: the timeline read first, then
/// the facts from the row and the timeline, on the default working calendar for replayed dues.
/// </summary>
internal static class EventFacts
{
    public static DossierFacts Of(Dossier dossier, IEnumerable<DossierEvent> events, Procedure procedure) =>
        DossierFactsBuilder.From(DossierFactsRow.Of(dossier), DossierTimeline.Of(events, dossier.ReceivedAt!.Value), procedure, IndexFixtures.WorkCalendar, complained: false)!;
}
