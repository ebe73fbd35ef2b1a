using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md: "A unit's figures include all its descendants" — from the union of their facts. Commune A: 1
// dossier on time (2.1 = 100 %); commune B: 3 dossiers, all overdue on 31 March (0 %). The district: 1 / 4 = 25 %,
// 20 × 0.25 = 5 points — not the 50 % (10 points) an average of the communes' scores would give.
public class ServiceIndexRollUpTests
{
    private static readonly Guid Province = Guid.NewGuid();
    private static readonly Guid District = Guid.NewGuid();
    private static readonly Guid CommuneA = Guid.NewGuid();
    private static readonly Guid CommuneB = Guid.NewGuid();
    private static readonly (Guid, Guid?)[] Tree = [(Province, null), (District, Province), (CommuneA, District), (CommuneB, District)];

    private static readonly Dictionary<Guid, IndexFacts> Own = new()
    {
        [CommuneA] = Facts(Dossier("a1", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00").Resolved("2025-03-05T10:00+07:00")),
        [CommuneB] = Facts(
            Dossier("b1", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00"),
            Dossier("b2", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00"),
            Dossier("b3", "2025-03-03T08:00+07:00", "2025-03-07T17:00+07:00")),
    };

    [Fact]
    public void A_parent_is_computed_from_the_union_of_its_descendants_facts_not_an_average_of_their_scores()
    {
        IndexFacts district = ServiceIndexRollUp.FactsOf(District, Tree, Own);

        district.Dossiers.Count.ShouldBe(4);
        district.Procedures.Count.ShouldBe(1); // P1 is resolved by both communes: counted once
        IndicatorResult onTime = ServiceIndex.Compute(Table, district, March, WorkCalendar).Groups.Single(g => g.Group.Id == "progress").Indicators[0];
        onTime.Fraction.ShouldBe(new Fraction(1, 4));
        onTime.Points.ShouldBe(5m);
    }

    [Fact]
    public void A_unit_without_facts_of_its_own_adds_nothing_and_a_leaf_is_itself()
    {
        ServiceIndexRollUp.FactsOf(Province, Tree, Own).Dossiers.Select(d => d.Code).ShouldBe(["a1", "b1", "b2", "b3"], ignoreOrder: true);
        ServiceIndexRollUp.FactsOf(CommuneA, Tree, Own).Dossiers.Select(d => d.Code).ShouldBe(["a1"]);
    }
}
