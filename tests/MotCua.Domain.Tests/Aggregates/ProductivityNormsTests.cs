using MotCua.Domain.Aggregates;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;

namespace MotCua.Domain.Tests.Aggregates;

public sealed class ProductivityNormsTests
{
    [Theory]
    [InlineData(UnitKind.District, "2025-01-01", "2025-12-31", 7920.0)] // a whole year: the norm itself
    [InlineData(UnitKind.Commune, "2025-01-01", "2025-12-31", 5280.0)]
    [InlineData(UnitKind.Commune, "2025-01-01", "2025-03-31", 1301.9)] // 90 of 365 days: 5,280 × 90 / 365
    [InlineData(UnitKind.District, "2024-01-01", "2024-03-31", 1969.2)] // a leap year: 7,920 × 91 / 366
    [InlineData(UnitKind.Commune, "2025-03-03", "2025-03-03", 14.5)] // one day: 5,280 / 365 = 14.4657…
    // Across a new year, each year's days at its own length: 7,920 × 31 / 366 + 7,920 × 31 / 365 = 670.8197 + 672.6575.
    [InlineData(UnitKind.District, "2024-12-01", "2025-01-31", 1343.5)]
    public void The_norm_is_prorated_to_the_days_of_the_period(UnitKind level, string from, string to, double expected) =>
        ProductivityNorms.ForPeriod(level, Day(from), Day(to)).ShouldBe((decimal)expected);

    [Fact]
    public void A_desk_under_a_district_has_the_district_norm_and_the_province_none()
    {
        ProductivityNorms.Level([UnitKind.OneStopDesk, UnitKind.District, UnitKind.Province]).ShouldBe(UnitKind.District);
        ProductivityNorms.Level([UnitKind.OneStopDesk, UnitKind.Province]).ShouldBeNull();
    }

    [Fact]
    public void A_period_ending_before_it_starts_has_no_norm() =>
        ProductivityNorms.ForPeriod(UnitKind.Commune, Day("2025-03-04"), Day("2025-03-03")).ShouldBeNull();

    [Fact]
    public void The_level_needs_the_units_up_the_tree() =>
        Should.Throw<ArgumentNullException>(() => ProductivityNorms.Level(null!)).ParamName.ShouldBe("selfAndAncestors");
}
