using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

/// <summary>
/// Which step of the control sheet (Mẫu 05, Circular 01/2018) an action closes, on a process of five steps: desk,
/// specialist, leader, specialist again, desk returning the result.
/// </summary>
public class StepClosingTests
{
    private static readonly ProcessStep[] Steps =
    [
        new("Tiếp nhận", Role.Receptionist, null, 1),
        new("Thẩm định", Role.Specialist, null, 4),
        new("Phê duyệt", Role.Leader, null, 2),
        new("Vào sổ", Role.Specialist, null, 1),
        new("Trả kết quả", Role.Receptionist, null, 1),
    ];

    [Theory]
    [InlineData(DossierAction.CompleteStep, 0, 0)]
    [InlineData(DossierAction.CompleteStep, 3, 3)]
    [InlineData(DossierAction.CompleteStep, 4, 4)]
    [InlineData(DossierAction.CompleteStep, 5, null)]  // past the last step: nothing left to close
    [InlineData(DossierAction.Approve, 1, 2)]          // the leader's step, even from an earlier one
    [InlineData(DossierAction.Approve, 2, 2)]
    [InlineData(DossierAction.Approve, 3, null)]       // no leader's step from here on
    [InlineData(DossierAction.ReturnResult, 0, 4)]     // the last desk step, not the first
    [InlineData(DossierAction.ReturnResult, 4, 4)]
    [InlineData(DossierAction.ReturnResult, 5, null)]
    [InlineData(DossierAction.Assign, 1, null)]        // handing a dossier to an officer closes no step
    [InlineData(DossierAction.RequestSupplement, 1, null)]
    public void An_action_closes_the_step_its_role_does(DossierAction action, int current, int? closed) =>
        StepClosing.Closes(Steps, action, current).ShouldBe(closed);

    [Theory]
    [InlineData(0, Role.Receptionist)]
    [InlineData(1, Role.Specialist)]
    [InlineData(2, Role.Leader)]
    [InlineData(4, Role.Receptionist)]
    [InlineData(5, null)]
    public void The_step_in_progress_is_handed_on_by_its_own_role(int current, Role? holder) =>
        StepClosing.Holder(Steps, current).ShouldBe(holder);
}
