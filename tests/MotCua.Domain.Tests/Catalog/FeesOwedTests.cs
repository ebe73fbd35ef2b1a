using MotCua.Domain.Catalog;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Catalog;

public sealed class FeesOwedTests
{
    [Theory]
    [InlineData(8_000, true, 3, false, 3)]  // charged per copy asked for
    [InlineData(50_000, false, 3, false, 1)] // charged once, however many copies
    [InlineData(0, false, 3, false, 0)]     // a free fee is owed no times
    [InlineData(50_000, false, 3, true, 0)] // an exempt applicant owes nothing
    public void A_fee_is_owed_once_per_copy_once_or_not_at_all(long amount, bool onRequest, int copies, bool exempt, int quantity) =>
        FeesOwed.Quantity(new Fee("Lệ phí", amount, null, onRequest), copies, exempt).ShouldBe(quantity);

    [Fact]
    public void Free_fees_make_no_line()
    {
        // A copy fee of 8,000 VND for 2 copies is 16,000; the free registration fee makes no line.
        FeesOwed.Lines([new Fee("Lệ phí đăng ký", 0, "Miễn"), new Fee("Lệ phí cấp bản sao", 8_000, null, true)], 2, false)
            .ShouldBe([new OwedFee("Lệ phí cấp bản sao", 2, 16_000)]);
    }
}
