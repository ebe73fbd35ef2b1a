using MotCua.Domain.Feedback;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Feedback;

// DOMAIN.md §6: received → assigned → answered → published → closed, plus refused and waiting for the sender.
public class FeedbackWorkflowTests
{
    [Theory]
    [InlineData(FeedbackStatus.Received, FeedbackAction.Assign, FeedbackStatus.Assigned)]                        // triage: routed to the responsible unit
    [InlineData(FeedbackStatus.Received, FeedbackAction.Answer, FeedbackStatus.Answered)]                        // the unit it reached answers itself
    [InlineData(FeedbackStatus.Received, FeedbackAction.Refuse, FeedbackStatus.Refused)]                         // not a matter for PAKN
    [InlineData(FeedbackStatus.Received, FeedbackAction.RequestInformation, FeedbackStatus.WaitingInformation)]  // 766 index: supplement request
    [InlineData(FeedbackStatus.Assigned, FeedbackAction.Assign, FeedbackStatus.Assigned)]                        // routed on: a new transfer
    [InlineData(FeedbackStatus.Assigned, FeedbackAction.Answer, FeedbackStatus.Answered)]
    [InlineData(FeedbackStatus.WaitingInformation, FeedbackAction.ReceiveInformation, FeedbackStatus.Assigned)]  // the asking unit handles it
    [InlineData(FeedbackStatus.WaitingInformation, FeedbackAction.Refuse, FeedbackStatus.Refused)]
    [InlineData(FeedbackStatus.Answered, FeedbackAction.Answer, FeedbackStatus.Answered)]                        // corrected before publication
    [InlineData(FeedbackStatus.Answered, FeedbackAction.Publish, FeedbackStatus.Published)]                      // DOMAIN.md §6: the answer can be published
    [InlineData(FeedbackStatus.Answered, FeedbackAction.Close, FeedbackStatus.Closed)]                           // a personal matter, not published
    [InlineData(FeedbackStatus.Published, FeedbackAction.Close, FeedbackStatus.Closed)]
    public void Allowed_moves_lead_to_their_state(FeedbackStatus from, FeedbackAction action, FeedbackStatus to)
    {
        FeedbackWorkflow.CanApply(from, action).ShouldBeTrue();
        FeedbackWorkflow.Next(from, action).ShouldBe(to);
    }

    [Theory]
    [InlineData(FeedbackStatus.Received, FeedbackAction.Publish)]      // nothing to publish before an answer
    [InlineData(FeedbackStatus.WaitingInformation, FeedbackAction.Answer)] // the sender is asked first
    [InlineData(FeedbackStatus.Published, FeedbackAction.Answer)]      // a public answer is not rewritten silently
    [InlineData(FeedbackStatus.Closed, FeedbackAction.Assign)]
    [InlineData(FeedbackStatus.Refused, FeedbackAction.Answer)]
    public void Other_moves_are_refused(FeedbackStatus from, FeedbackAction action)
    {
        FeedbackWorkflow.CanApply(from, action).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => FeedbackWorkflow.Next(from, action));
    }

    [Fact]
    public void A_refused_move_names_the_state_and_the_action_by_its_api_name() =>
        Should.Throw<InvalidOperationException>(() => FeedbackWorkflow.Next(FeedbackStatus.Closed, FeedbackAction.RequestInformation))
            .Message.ShouldBe("A feedback in state Closed cannot take the action request-information.");

    [Fact]
    public void Only_the_api_names_of_actions_parse()
    {
        FeedbackActions.TryParse(null, out _).ShouldBeFalse();
        FeedbackActions.TryParse("Assign", out _).ShouldBeFalse(); // the enum's name is not the API's
        Should.Throw<ArgumentOutOfRangeException>(() => FeedbackActions.Name((FeedbackAction)99)).Message.ShouldStartWith("Not a feedback action.");
    }

    [Fact]
    public void A_new_feedback_has_an_empty_search_key_until_the_web_layer_writes_one() =>
        new FeedbackItem { Code = "PA-1", Title = "Đường hỏng", Content = "Ổ gà", Sender = new FeedbackSender(null, null, null) }
            .SearchText.ShouldBeEmpty();

    [Fact]
    public void Closed_and_refused_feedback_take_no_action_and_every_action_has_an_api_name()
    {
        FeedbackWorkflow.Allowed(FeedbackStatus.Closed).ShouldBeEmpty();
        FeedbackWorkflow.Allowed(FeedbackStatus.Refused).ShouldBeEmpty();
        foreach (var action in Enum.GetValues<FeedbackAction>())
        {
            FeedbackActions.TryParse(FeedbackActions.Name(action), out var parsed).ShouldBeTrue();
            parsed.ShouldBe(action);
        }
    }
}
