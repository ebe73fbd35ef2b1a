using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md 2.1, judged over March 2025 (3 March is a Monday).
public class ProcessingTimelinessTests
{
    [Fact]
    public void An_answered_supplement_request_does_not_end_processing()
    {
        // Received Mon 3 Mar 08:00, due Thu 6 Mar 08:00; a supplement asked Tue 4 Mar 08:00 and brought Wed 5 Mar 08:00
        // moves the due instant a working day on, to Fri 7 Mar 08:00. Resolved Fri 09:00: processing ended then, an
        // hour late — not at the request, where it would have been on time.
        DossierFacts dossier = Dossier("d1", "2025-03-03T08:00+07:00", "2025-03-06T08:00+07:00").Resolved("2025-03-07T09:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-04T08:00+07:00"), Instant("2025-03-05T08:00+07:00"), Supplement: true)],
            Dues =
            [
                new DueChange(Instant("2025-03-03T08:00+07:00"), Instant("2025-03-06T08:00+07:00")),
                new DueChange(Instant("2025-03-05T08:00+07:00"), Instant("2025-03-07T08:00+07:00")),
            ],
        };

        ProcessingTimeliness.EndAsOf(dossier, March.To).ShouldBe(Instant("2025-03-07T09:00+07:00"));
        ProcessingTimeliness.Judge(dossier, March).ShouldBe(ProcessingVerdict.EndedLate);
    }

    [Fact]
    public void A_supplement_never_brought_back_ends_processing_at_the_request()
    {
        // The same dossier left waiting from Tue 4 Mar 08:00 and refused on 20 March for it: ended at the request, before
        // its due instant, so on time.
        DossierFacts dossier = Dossier("d1", "2025-03-03T08:00+07:00", "2025-03-06T08:00+07:00") with
        {
            Stops = [new DossierStop(Instant("2025-03-04T08:00+07:00"), null, Supplement: true)],
            EndedAt = Instant("2025-03-20T09:00+07:00"),
            End = DossierEnd.Refused,
        };

        ProcessingTimeliness.EndAsOf(dossier, March.To).ShouldBe(Instant("2025-03-04T08:00+07:00"));
        ProcessingTimeliness.Judge(dossier, March).ShouldBe(ProcessingVerdict.EndedOnTime);
    }
}
