using ArchUnitNET.Fluent;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static MotCua.Web.Tests.Architecture.WebArchitecture;

namespace MotCua.Web.Tests.Architecture;

/// <summary>
/// What every feature builds on knows no feature: otherwise a change inside one feature would reach all the others
/// through the shared code, and the features could no longer be read one at a time.
/// </summary>
public sealed class SharedCodeTests
{
    [Theory]
    [InlineData("Backups")]
    [InlineData("Connections")]
    [InlineData("Files")]
    [InlineData("Notifications")]
    [InlineData("Signing")]
    public void Shared_infrastructure_depends_on_no_feature(string area) =>
        Types().That().ResideInNamespaceMatching(NamespaceOf(area))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(NamespaceOf("Features")))
            .Check(WebArchitecture.Application);

    [Fact]
    public void The_data_model_depends_on_no_feature_only_the_demo_seed_does()
    {
        // The seed fills a demo database through the features' own handlers, so that demo data passes their rules.
        Types().That().ResideInNamespaceMatching(NamespaceOf("Data"))
            .And().DoNotResideInNamespaceMatching(NamespaceOf("Data.Seed"))
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(NamespaceOf("Features")))
            .Check(WebArchitecture.Application);
    }

    [Fact]
    public void Common_depends_on_no_feature_save_the_operators_commands()
    {
        // CommandLine runs a verb instead of the web server and calls the features' handlers as Program.cs maps their
        // routes: it belongs to the host, not to what the features share.
        Types().That().ResideInNamespaceMatching(NamespaceOf("Common"))
            .And().DoNotHaveFullNameMatching(@"^MotCua\.Web\.Common\.CommandLine(\+.*)?$")
            .Should().NotDependOnAny(Types().That().ResideInNamespaceMatching(NamespaceOf("Features")))
            .Check(WebArchitecture.Application);
    }
}
