using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Organization;

public sealed class UnitVersionTests
{
    private static Unit Commune() => new()
    {
        Code = "X01",
        Name = "Xã B",
        Kind = UnitKind.Commune,
        ParentId = Guid.NewGuid(),
        AgencyCode = "000.01.17.H10",
        OneStopDeskId = Guid.NewGuid(),
        IsActive = true,
        MergedIntoId = Guid.NewGuid(),
    };

    [Theory]
    [InlineData("2025-06-30", false)] // the day before it starts
    [InlineData("2025-07-01", true)]  // its first day
    [InlineData("2025-12-31", true)]  // its last day
    [InlineData("2026-01-01", false)] // ValidTo, the first day it no longer holds
    public void A_version_covers_the_days_from_its_start_up_to_but_not_including_its_end(string day, bool covered)
    {
        var version = new UnitVersion { ValidFrom = new(2025, 7, 1), ValidTo = new(2026, 1, 1), Name = "Xã B" };

        version.Covers(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(covered);
    }

    [Fact]
    public void An_open_version_covers_every_day_from_its_start()
    {
        var version = new UnitVersion { ValidFrom = new(2025, 7, 1), Name = "Xã B" };

        version.Covers(DateOnly.MaxValue).ShouldBeTrue();
        version.Covers(new(2025, 6, 30)).ShouldBeFalse();
    }

    [Fact]
    public void A_version_taken_of_a_unit_holds_every_fact_of_it_and_stops_holding_when_one_changes()
    {
        Unit unit = Commune();

        UnitVersion version = UnitVersion.Of(unit, new(2025, 7, 1));

        (version.UnitId, version.ValidFrom, version.ValidTo).ShouldBe((unit.Id, new DateOnly(2025, 7, 1), (DateOnly?)null));
        (version.Name, version.Kind, version.ParentId, version.AgencyCode, version.OneStopDeskId, version.IsActive, version.MergedIntoId)
            .ShouldBe(("Xã B", UnitKind.Commune, unit.ParentId, "000.01.17.H10", unit.OneStopDeskId, true, unit.MergedIntoId));
        version.Holds(unit).ShouldBeTrue();

        unit.IsActive = false;
        version.Holds(unit).ShouldBeFalse();
        version.Take(unit);
        version.Holds(unit).ShouldBeTrue();
        version.IsActive.ShouldBeFalse();
    }

    [Fact]
    public void Null_units_are_refused()
    {
        var version = new UnitVersion { Name = "Xã B" };

        Should.Throw<ArgumentNullException>(() => UnitVersion.Of(null!, DateOnly.MinValue)).ParamName.ShouldBe("unit");
        Should.Throw<ArgumentNullException>(() => version.Take(null!)).ParamName.ShouldBe("unit");
        Should.Throw<ArgumentNullException>(() => version.Holds(null!)).ParamName.ShouldBe("unit");
    }
}
