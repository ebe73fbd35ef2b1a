using MotCua.Domain.Payments;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Payments;

// Issue 5: payment callbacks that are repeated or out of order change nothing wrongly.
public class PaymentTransitionsTests
{
    [Theory]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Paid, PaymentStatus.Paid)]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Failed, PaymentStatus.Failed)]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Expired, PaymentStatus.Expired)]
    // The bank took the money after the order was given up on: record it.
    [InlineData(PaymentStatus.Expired, PaymentStatus.Paid, PaymentStatus.Paid)]
    [InlineData(PaymentStatus.Failed, PaymentStatus.Paid, PaymentStatus.Paid)]
    public void A_report_that_decides_an_order_moves_it(PaymentStatus current, PaymentStatus reported, PaymentStatus next) =>
        PaymentTransitions.Next(current, reported).ShouldBe(next);

    [Theory]
    [InlineData(PaymentStatus.Paid, PaymentStatus.Paid)] // the same callback twice
    [InlineData(PaymentStatus.Paid, PaymentStatus.Failed)] // a failure arriving after the success
    [InlineData(PaymentStatus.Paid, PaymentStatus.Expired)]
    [InlineData(PaymentStatus.Failed, PaymentStatus.Failed)]
    [InlineData(PaymentStatus.Failed, PaymentStatus.Expired)]
    [InlineData(PaymentStatus.Expired, PaymentStatus.Failed)]
    [InlineData(PaymentStatus.Pending, PaymentStatus.Pending)]
    [InlineData(PaymentStatus.Paid, PaymentStatus.Pending)]
    public void A_report_arriving_late_or_twice_changes_nothing(PaymentStatus current, PaymentStatus reported) =>
        PaymentTransitions.Next(current, reported).ShouldBeNull();
}
