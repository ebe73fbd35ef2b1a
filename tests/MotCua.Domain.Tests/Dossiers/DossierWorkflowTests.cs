using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Transitions from DOMAIN.md §4 and Decree 61/2018 arts. 15–18 (intake, processing, return), as fixed for the API.
public class DossierWorkflowTests
{
    [Theory]
    [InlineData(DossierStatus.Submitted, DossierAction.Receive, DossierStatus.InProgress)]                  // art. 15: complete online dossier received (Mẫu 01)
    [InlineData(DossierStatus.Submitted, DossierAction.RequestSupplement, DossierStatus.WaitingSupplement)] // art. 15: incomplete → Mẫu 02
    [InlineData(DossierStatus.Submitted, DossierAction.Refuse, DossierStatus.Refused)]                      // art. 15: not eligible → Mẫu 03
    [InlineData(DossierStatus.Submitted, DossierAction.Withdraw, DossierStatus.Withdrawn)]                  // DOMAIN.md §4: rút hồ sơ
    [InlineData(DossierStatus.InProgress, DossierAction.Assign, DossierStatus.InProgress)]                  // art. 17: assigned to a specialist
    [InlineData(DossierStatus.InProgress, DossierAction.Transfer, DossierStatus.InProgress)]                // art. 16, Mẫu 05: handed on, incl. liên thông
    [InlineData(DossierStatus.InProgress, DossierAction.CompleteStep, DossierStatus.InProgress)]            // DOMAIN.md §3: internal step done
    [InlineData(DossierStatus.InProgress, DossierAction.Apologize, DossierStatus.InProgress)]               // art. 17, Mẫu 04: apology changes no state
    [InlineData(DossierStatus.InProgress, DossierAction.RequestSupplement, DossierStatus.WaitingSupplement)] // art. 17: supplement during processing
    [InlineData(DossierStatus.InProgress, DossierAction.Pause, DossierStatus.Paused)]                       // DOMAIN.md §2: paused by law
    [InlineData(DossierStatus.InProgress, DossierAction.Refuse, DossierStatus.Refused)]                     // art. 17: not eligible, written reason
    [InlineData(DossierStatus.InProgress, DossierAction.Approve, DossierStatus.Approved)]                   // DOMAIN.md §1: the leader approves
    [InlineData(DossierStatus.InProgress, DossierAction.Withdraw, DossierStatus.Withdrawn)]                 // DOMAIN.md §4: rút hồ sơ
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.ReceiveSupplement, DossierStatus.InProgress)] // art. 17: supplement received
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.Refuse, DossierStatus.Refused)]              // DOMAIN.md §4: refused with reason
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.Withdraw, DossierStatus.Withdrawn)]          // DOMAIN.md §4: rút hồ sơ
    [InlineData(DossierStatus.Paused, DossierAction.Resume, DossierStatus.InProgress)]                      // DOMAIN.md §2: resume
    [InlineData(DossierStatus.Paused, DossierAction.Withdraw, DossierStatus.Withdrawn)]                     // DOMAIN.md §4: rút hồ sơ
    [InlineData(DossierStatus.Approved, DossierAction.IssueResult, DossierStatus.ResultIssued)]             // DOMAIN.md §4: result issued
    [InlineData(DossierStatus.Approved, DossierAction.Apologize, DossierStatus.Approved)]                   // Mẫu 04: still late before issue
    [InlineData(DossierStatus.ResultIssued, DossierAction.ReturnResult, DossierStatus.Returned)]            // art. 18: result returned
    public void Every_allowed_move_leads_to_its_state(DossierStatus from, DossierAction action, DossierStatus to)
    {
        DossierWorkflow.CanApply(from, action).ShouldBeTrue();
        DossierWorkflow.Next(from, action).ShouldBe(to);
        DossierWorkflow.Allowed(from).ShouldContain(action);
    }

    [Theory]
    [InlineData(DossierStatus.Submitted, 4)]         // receive, supplement, refuse, withdraw
    [InlineData(DossierStatus.InProgress, 9)]
    [InlineData(DossierStatus.WaitingSupplement, 3)]
    [InlineData(DossierStatus.Paused, 2)]
    [InlineData(DossierStatus.Approved, 2)]
    [InlineData(DossierStatus.ResultIssued, 1)]
    [InlineData(DossierStatus.Returned, 0)]          // finals: DOMAIN.md §4 outcomes
    [InlineData(DossierStatus.Refused, 0)]
    [InlineData(DossierStatus.Withdrawn, 0)]
    public void Each_state_allows_exactly_the_listed_moves_and_no_other(DossierStatus from, int count)
    {
        // With the table above, the counts prove nothing else is allowed.
        DossierWorkflow.Allowed(from).Count.ShouldBe(count);
        DossierWorkflow.Allowed(from).ShouldBe(Enum.GetValues<DossierAction>().Where(a => DossierWorkflow.CanApply(from, a)));
    }

    [Theory]
    [InlineData(DossierStatus.Submitted, DossierAction.Approve)]            // nobody may approve what was not received (art. 15)
    [InlineData(DossierStatus.Submitted, DossierAction.Apologize)]          // no time limit runs before receipt
    [InlineData(DossierStatus.Submitted, DossierAction.IssueResult)]
    [InlineData(DossierStatus.InProgress, DossierAction.Receive)]           // received once
    [InlineData(DossierStatus.InProgress, DossierAction.IssueResult)]       // the leader approves first
    [InlineData(DossierStatus.InProgress, DossierAction.ReturnResult)]
    [InlineData(DossierStatus.InProgress, DossierAction.ReceiveSupplement)] // nothing was requested
    [InlineData(DossierStatus.InProgress, DossierAction.Resume)]
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.Approve)]    // art. 17: incomplete dossiers are not decided
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.Pause)]
    [InlineData(DossierStatus.WaitingSupplement, DossierAction.RequestSupplement)] // Mẫu 02: requested once, fully
    [InlineData(DossierStatus.Paused, DossierAction.CompleteStep)]          // paused means no processing
    [InlineData(DossierStatus.Paused, DossierAction.Approve)]
    [InlineData(DossierStatus.Approved, DossierAction.Refuse)]              // signed: only the result remains
    [InlineData(DossierStatus.Approved, DossierAction.Withdraw)]
    [InlineData(DossierStatus.ResultIssued, DossierAction.Withdraw)]
    [InlineData(DossierStatus.ResultIssued, DossierAction.Apologize)]       // INDICATORS-766 2.1: processing has ended
    [InlineData(DossierStatus.Returned, DossierAction.ReturnResult)]        // finals take nothing
    [InlineData(DossierStatus.Refused, DossierAction.Receive)]
    [InlineData(DossierStatus.Withdrawn, DossierAction.Resume)]
    public void A_move_not_in_the_table_is_refused(DossierStatus from, DossierAction action)
    {
        DossierWorkflow.CanApply(from, action).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => DossierWorkflow.Next(from, action));
    }

    [Fact]
    public void A_refused_move_names_the_state_and_the_action_by_its_api_name() =>
        Should.Throw<InvalidOperationException>(() => DossierWorkflow.Next(DossierStatus.Withdrawn, DossierAction.ReceiveSupplement))
            .Message.ShouldBe("A dossier in state Withdrawn cannot take the action receive-supplement.");

    [Theory]
    [InlineData(DossierStatus.Submitted, false)]
    [InlineData(DossierStatus.InProgress, false)]
    [InlineData(DossierStatus.WaitingSupplement, false)]
    [InlineData(DossierStatus.Paused, false)]
    [InlineData(DossierStatus.Approved, false)]
    [InlineData(DossierStatus.ResultIssued, false)] // the applicant has not collected it yet
    [InlineData(DossierStatus.Returned, true)]      // DOMAIN.md §4: returned, refused, withdrawn are outcomes
    [InlineData(DossierStatus.Refused, true)]
    [InlineData(DossierStatus.Withdrawn, true)]
    public void Returned_refused_and_withdrawn_are_final(DossierStatus status, bool final) =>
        DossierWorkflow.IsFinal(status).ShouldBe(final);

    [Theory]
    [InlineData(DossierStatus.Submitted, false)]         // art. 15: the limit counts from receipt
    [InlineData(DossierStatus.InProgress, true)]
    [InlineData(DossierStatus.WaitingSupplement, false)] // DOMAIN.md §2: waiting for the applicant does not count
    [InlineData(DossierStatus.Paused, false)]            // DOMAIN.md §2: paused by law does not count
    [InlineData(DossierStatus.Approved, true)]           // signed is not yet resolved: the result must still be issued
    [InlineData(DossierStatus.ResultIssued, false)]      // INDICATORS-766 2.1: processing ends when resolved
    [InlineData(DossierStatus.Returned, false)]
    [InlineData(DossierStatus.Refused, false)]
    [InlineData(DossierStatus.Withdrawn, false)]
    public void The_time_limit_runs_only_while_the_office_is_working_on_the_dossier(DossierStatus status, bool runs) =>
        DossierWorkflow.ClockRuns(status).ShouldBe(runs);
}
