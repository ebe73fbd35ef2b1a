using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Organization;

public sealed class UnitScopeTests
{
    // Province → district → (division, commune → commune desk); a second district beside it.
    private static readonly Guid Province = Guid.NewGuid(), District = Guid.NewGuid(), Division = Guid.NewGuid(),
        Commune = Guid.NewGuid(), CommuneDesk = Guid.NewGuid(), OtherDistrict = Guid.NewGuid();

    private static readonly (Guid, Guid?)[] Tree =
    [
        (Province, null), (District, Province), (Division, District), (Commune, District), (CommuneDesk, Commune), (OtherDistrict, Province),
    ];

    [Fact]
    public void A_receptionist_or_specialist_sees_only_the_unit_of_his_role()
    {
        var visible = UnitScope.Visible([Grant(Role.Receptionist, Commune), Grant(Role.Specialist, Division)], Tree);

        visible.ShouldBe([Commune, Division], ignoreOrder: true);
    }

    [Theory]
    [InlineData(Role.Leader)]
    [InlineData(Role.KsttOfficer)]
    [InlineData(Role.Administrator)]
    public void Leaders_KSTTHC_officers_and_administrators_also_see_every_unit_below(Role role)
    {
        var visible = UnitScope.Visible([Grant(role, District)], Tree);

        visible.ShouldBe([District, Division, Commune, CommuneDesk], ignoreOrder: true);
        visible.ShouldNotContain(OtherDistrict);
        visible.ShouldNotContain(Province);
    }

    [Fact]
    public void No_role_sees_nothing()
    {
        UnitScope.Visible([], Tree).ShouldBeEmpty();
    }

    private static RoleGrant Grant(Role role, Guid unit) => new() { Role = role, UnitId = unit };
}
