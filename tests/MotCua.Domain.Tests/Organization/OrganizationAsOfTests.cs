using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Organization;

/// <summary>
/// The unit tree on a past day, as a period's figures are computed on it (DOMAIN.md §1). The example is the 2025
/// reorganization: a unit that was a district (Huyện A) until 30 June 2025 and a ward (Phường A) under the province from
/// 1 July 2025 (Resolution 1662/NQ-UBTVQH15).
/// </summary>
public sealed class OrganizationAsOfTests
{
    private static readonly DateOnly Reform = new(2025, 7, 1);
    private static readonly Guid Province = Guid.NewGuid(), Desk = Guid.NewGuid();

    private static Unit Ward() => new()
    {
        Code = "H01",
        Name = "Phường A",
        Kind = UnitKind.Commune,
        ParentId = Province,
        AgencyCode = "000.01.17.H10",
        IsActive = true,
        SearchName = "phuong a",
    };

    // Until the reform a district; from it, the ward the unit is now.
    private static UnitVersion[] History(Unit unit) =>
    [
        new()
        {
            UnitId = unit.Id,
            ValidFrom = DateOnly.MinValue,
            ValidTo = Reform,
            Name = "Huyện A",
            Kind = UnitKind.District,
            ParentId = null,
            AgencyCode = "000.00.17.H10",
            OneStopDeskId = Desk,
            IsActive = false,
            MergedIntoId = Province,
        },
        UnitVersion.Of(unit, Reform),
    ];

    [Fact]
    public void A_unit_stands_with_the_facts_of_the_version_covering_the_day_its_code_and_search_name_kept()
    {
        Unit unit = Ward();

        Unit before = OrganizationAsOf.Tree([unit], History(unit), new DateOnly(2025, 6, 30)).ShouldHaveSingleItem();

        before.Id.ShouldBe(unit.Id);
        before.Code.ShouldBe("H01");
        before.Name.ShouldBe("Huyện A");
        before.Kind.ShouldBe(UnitKind.District);
        before.ParentId.ShouldBeNull();
        before.AgencyCode.ShouldBe("000.00.17.H10");
        before.OneStopDeskId.ShouldBe(Desk);
        before.IsActive.ShouldBeFalse();
        before.MergedIntoId.ShouldBe(Province);
        before.SearchName.ShouldBe("phuong a");
        OrganizationAsOf.Tree([unit], History(unit), Reform).ShouldHaveSingleItem().Name.ShouldBe("Phường A");
    }

    [Fact]
    public void A_unit_whose_versions_start_after_the_day_did_not_exist_then()
    {
        Unit unit = Ward();
        UnitVersion created = UnitVersion.Of(unit, Reform);

        OrganizationAsOf.Tree([unit], [created], new DateOnly(2025, 6, 30)).ShouldBeEmpty();
        OrganizationAsOf.Tree([unit], [created], Reform).ShouldHaveSingleItem().Name.ShouldBe("Phường A");
    }

    [Fact]
    public void A_unit_never_versioned_is_taken_as_it_is_now()
    {
        Unit unit = Ward();
        Unit other = Ward();

        OrganizationAsOf.Tree([unit], History(other), new DateOnly(2020, 1, 1)).ShouldHaveSingleItem().ShouldBeSameAs(unit);
    }

    [Fact]
    public void The_units_are_required() =>
        Should.Throw<ArgumentNullException>(() => OrganizationAsOf.Tree(null!, [], Reform)).ParamName.ShouldBe("units");

    [Fact]
    public void A_unit_entered_without_those_facts_is_active_with_an_empty_search_key()
    {
        var unit = new Unit { Code = "X01", Name = "Xã B" };

        (unit.IsActive, unit.SearchName).ShouldBe((true, ""));
    }
}
