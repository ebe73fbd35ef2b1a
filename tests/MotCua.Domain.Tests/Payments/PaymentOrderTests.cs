using MotCua.Domain.Payments;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Payments;

// Issue 5: the amount of an order is fixed from the published fees, and its reference reveals nothing of other orders.
public class PaymentOrderTests
{
    [Theory]
    // Three copies of the birth extract at the published 8.000 đồng each; one registration fee of 0 (free on time).
    [InlineData(8_000, 3, 24_000)]
    [InlineData(8_000, 1, 8_000)]
    [InlineData(0, 1, 0)]
    public void A_line_costs_its_unit_amount_times_the_quantity(long unitAmount, int quantity, long amount) =>
        new PaymentLine("Phí cấp bản sao trích lục", unitAmount, quantity).Amount.ShouldBe(amount);

    [Fact]
    public void Each_order_gets_its_own_opaque_reference_of_32_capital_hex_digits()
    {
        var first = new PaymentOrder();
        var second = new PaymentOrder();

        first.Reference.ShouldMatch("^[0-9A-F]{32}$");
        second.Reference.ShouldNotBe(first.Reference);
        second.Id.ShouldNotBe(first.Id);
    }
}
