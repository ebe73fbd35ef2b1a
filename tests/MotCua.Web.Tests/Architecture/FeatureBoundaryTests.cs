using ArchUnitNET.Fluent.Syntax.Elements.Types.Classes;
using ArchUnitNET.xUnitV3;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MotCua.Web.Common;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static MotCua.Web.Tests.Architecture.WebArchitecture;

namespace MotCua.Web.Tests.Architecture;

/// <summary>
/// DESIGN.md: features talk to each other through the domain and the database, not through each other's internals.
/// A feature's pages and its route map are where requests enter it; what another feature may call is what those
/// call (its handlers, queries and read models). Abstract page bases (a period picker, a plan page) are shared on
/// purpose and stay allowed.
/// </summary>
public sealed class FeatureBoundaryTests
{
    [Theory]
    [MemberData(nameof(Features), MemberType = typeof(WebArchitecture))]
    public void A_feature_uses_no_other_features_pages_or_route_map(string feature) =>
        Types().That().ResideInNamespaceMatching(FeatureNamespace(feature))
            .Should().NotDependOnAny(Others(feature).And().AreAssignableTo(typeof(PageModel)).And().AreNotAbstract().As("another feature's pages"))
            .AndShould().NotDependOnAny(Others(feature).And().HaveNameEndingWith("Endpoints").As("another feature's route map"))
            .Because("a request enters a feature through its own pages and routes, and another feature calls what they call")
            .Check(WebArchitecture.Application);

    [Theory]
    [MemberData(nameof(Features), MemberType = typeof(WebArchitecture))]
    public void A_feature_keeps_its_access_rules_lookups_and_periods_to_itself(string feature) =>
        Types().That().ResideInNamespaceMatching(FeatureNamespace(feature))
            .Should().NotDependOnAny(Others(feature).And().HaveNameMatching("(Permissions|Period|UnitLookup)$").As("another feature's access rules, lookups or periods"))
            .Because("who may see what, how a unit is found and how a period is read are one rule for every feature: what several use lives in Common, so that a feature changing its own cannot change another's")
            .Check(WebArchitecture.Application);

    // A new selection each time: a selection adds each further condition to itself, so one shared by both rules
    // would ask for classes that are pages and route maps at once, and find none.
    private static GivenClassesConjunction Others(string feature) =>
        Classes().That().ResideInNamespaceMatching(NamespaceOf("Features")).And().DoNotResideInNamespaceMatching(FeatureNamespace(feature));
}
