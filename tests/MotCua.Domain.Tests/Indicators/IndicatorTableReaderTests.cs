using System.Text;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md: six groups, 18 + 20 + 12 + 10 + 22 + 18 = 100 points; each indicator's P and T as in its tables.
public class IndicatorTableReaderTests
{
    private IndicatorTable Shipped { get; } = IndicatorTableReader.Shipped();

    [Fact]
    public void The_shipped_table_has_a_version_and_an_effective_date_and_no_problems()
    {
        Shipped.Version.ShouldBe("766-2022.v1");
        Shipped.EffectiveFrom.ShouldBe(new DateOnly(2022, 6, 23)); // Decision 766/QĐ-TTg of 23 June 2022
        IndicatorTableReader.Problems(Shipped).ShouldBeEmpty();
        Shipped.Groups.Sum(g => g.Maximum).ShouldBe(100m);
    }

    [Theory]
    [InlineData("transparency", 18, "1.1 1.2 1.3 1.4")]
    [InlineData("progress", 20, "2.1 2.2")]
    [InlineData("online", 12, "3.4 3.1 3.2 3.3")]
    [InlineData("payment", 10, "3.5a 3.5b 3.6")]
    [InlineData("digitization", 22, "4.1 4.2 4.2c 4.3 4.4 4.5a 4.5b")]
    [InlineData("satisfaction", 18, "5.1 5.2 5.3 5.4")]
    public void Every_group_has_the_documents_maximum_and_indicators(string id, int maximum, string indicators)
    {
        IndicatorGroup group = Shipped.Groups.Single(g => g.Id == id);
        group.Maximum.ShouldBe(maximum);
        group.Indicators.Select(i => i.Id).ShouldBe(indicators.Split(' '));
        group.Indicators.Sum(i => i.Maximum).ShouldBe(maximum);
    }

    [Theory]
    [InlineData("1.1", 6, null)]
    [InlineData("1.2", 4, null)]
    [InlineData("1.3", 2, null)]
    [InlineData("1.4", 6, null)]
    [InlineData("2.1", 20, null)]
    [InlineData("2.2", 0, null)]
    [InlineData("3.4", 12, 50)]
    [InlineData("3.1", 0, 80)]
    [InlineData("3.2", 0, null)]
    [InlineData("3.3", 0, 50)]
    [InlineData("3.5a", 2, 80)]
    [InlineData("3.5b", 2, 80)]
    [InlineData("3.6", 6, null)]
    [InlineData("4.1", 6, null)]
    [InlineData("4.2", 4, 80)]
    [InlineData("4.2c", 2, null)]
    [InlineData("4.3", 2, 80)]
    [InlineData("4.4", 4, null)]
    [InlineData("4.5a", 2, null)]
    [InlineData("4.5b", 2, null)]
    [InlineData("5.1", 0, null)]
    [InlineData("5.2", 6, null)]
    [InlineData("5.3", 6, null)]
    [InlineData("5.4", 6, 90)]
    public void Every_indicator_has_the_documents_points_and_threshold(string id, int points, int? threshold)
    {
        IndicatorDefinition indicator = Shipped.Indicators.Single(i => i.Id == id);
        indicator.Maximum.ShouldBe(points);
        indicator.Threshold.ShouldBe(threshold);
    }

    [Fact]
    public void The_rating_bands_are_the_documents()
    {
        // Xuất sắc ≥ 90, Tốt 80–< 90, Khá 70–< 80, Trung bình 50–< 70, Yếu < 50.
        Shipped.Ratings.Select(r => (r.Vi, r.Minimum)).ShouldBe([("Xuất sắc", 90m), ("Tốt", 80m), ("Khá", 70m), ("Trung bình", 50m), ("Yếu", 0m)]);
    }

    [Fact]
    public void A_table_with_wrong_points_repeated_ids_and_unknown_formulas_is_refused_with_every_problem()
    {
        IndicatorGroup first = Shipped.Groups[0];
        IndicatorDefinition[] edited = [first.Indicators[0] with { Maximum = 7 }, first.Indicators[1] with { Id = "1.1" }, first.Indicators[2] with { Formula = "guess" }, first.Indicators[3]];
        IndicatorTable table = Shipped with
        {
            Groups = [first with { Indicators = edited }, .. Shipped.Groups.Skip(1)],
            Parameters = Shipped.Parameters.Where(p => p.Key != "disclosureWorkingDays").ToDictionary(),
            Ratings = [.. Shipped.Ratings.Take(4)],
        };

        IndicatorTableReader.Problems(table).Select(p => p.En).ShouldBe(
            [
                "The indicator id 1.1 appears 2 times.",
                "The indicators of the group “" + first.En + "” add up to 19 points, not its maximum 18.", // 7 + 4 + 2 + 6
                "Indicator 1.1 needs the parameter \"disclosureWorkingDays\", which the table does not set.",
                "Indicator 1.3 names the unknown formula \"guess\".",
                "The last rating band must start at 0, so every total has a rating.",
            ],
            ignoreOrder: true);
    }

    [Fact]
    public void Malformed_json_is_refused_with_a_message()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "version": "x" }"""));
        Should.Throw<InvalidDataException>(() => IndicatorTableReader.Read(json));
    }
}
