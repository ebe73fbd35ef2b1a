using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// API names of the dossier actions (API.md: kebab-case path segments).
public class DossierActionsTests
{
    [Theory]
    [InlineData(DossierAction.Receive, "receive")]
    [InlineData(DossierAction.Assign, "assign")]
    [InlineData(DossierAction.Transfer, "transfer")]
    [InlineData(DossierAction.CompleteStep, "complete-step")]
    [InlineData(DossierAction.RequestSupplement, "request-supplement")]
    [InlineData(DossierAction.ReceiveSupplement, "receive-supplement")]
    [InlineData(DossierAction.Pause, "pause")]
    [InlineData(DossierAction.Resume, "resume")]
    [InlineData(DossierAction.Refuse, "refuse")]
    [InlineData(DossierAction.Approve, "approve")]
    [InlineData(DossierAction.IssueResult, "issue-result")]
    [InlineData(DossierAction.ReturnResult, "return-result")]
    [InlineData(DossierAction.Withdraw, "withdraw")]
    [InlineData(DossierAction.Apologize, "apologize")]
    public void Each_action_has_one_kebab_case_api_name_that_reads_back(DossierAction action, string name)
    {
        DossierActions.Name(action).ShouldBe(name);
        DossierActions.TryParse(name, out DossierAction parsed).ShouldBeTrue();
        parsed.ShouldBe(action);
    }

    [Theory]
    [InlineData("Receive")]         // one spelling per action: lower case only
    [InlineData("RECEIVE")]
    [InlineData("complete_step")]
    [InlineData("completeStep")]
    [InlineData("CompleteStep")]    // the enum name is not the API name
    [InlineData(" receive")]
    [InlineData("approve ")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("extend")]          // no such action (the brief has no extension)
    public void Anything_but_an_exact_api_name_is_not_an_action(string? name) =>
        DossierActions.TryParse(name, out _).ShouldBeFalse();

    [Fact]
    public void A_value_outside_the_enum_has_no_name() =>
        Should.Throw<ArgumentOutOfRangeException>(() => DossierActions.Name((DossierAction)99)).Message.ShouldStartWith("Not a dossier action.");
}
