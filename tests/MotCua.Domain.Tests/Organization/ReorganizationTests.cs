using MotCua.Domain.Organization;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Organization;

public sealed class ReorganizationTests
{
    [Theory]
    [InlineData(ReorganizationStatus.Planned, true)]
    [InlineData(ReorganizationStatus.Adopted, true)]
    [InlineData(ReorganizationStatus.Applied, false)]
    [InlineData(ReorganizationStatus.Withdrawn, false)]
    public void An_act_can_be_withdrawn_only_until_it_is_in_force(ReorganizationStatus status, bool canWithdraw)
    {
        var act = new Reorganization { DecisionNumber = "1662/NQ-UBTVQH15", Title = "Sắp xếp", CreatedBy = "admin", Status = status };

        act.CanWithdraw.ShouldBe(canWithdraw);
    }

    [Theory]
    [InlineData(ReorganizationStepKind.Create, false)]
    [InlineData(ReorganizationStepKind.Rename, false)]
    [InlineData(ReorganizationStepKind.Move, false)]
    [InlineData(ReorganizationStepKind.Merge, true)]
    [InlineData(ReorganizationStepKind.Abolish, true)]
    [InlineData(ReorganizationStepKind.Split, true)]
    [InlineData(ReorganizationStepKind.Grant, false)]
    [InlineData(ReorganizationStepKind.Revoke, false)]
    public void Merging_abolishing_and_splitting_end_the_unit(ReorganizationStepKind kind, bool ends) =>
        new ReorganizationStep(kind, "X01", "X02", null, null, null).EndsUnit().ShouldBe(ends);
}
