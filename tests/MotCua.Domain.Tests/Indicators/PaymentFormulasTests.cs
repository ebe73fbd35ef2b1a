using MotCua.Domain.Dossiers;
using MotCua.Domain.Indicators;
using Shouldly;
using Xunit;
using static MotCua.Domain.Tests.Calendar.TestDates;
using static MotCua.Domain.Tests.Indicators.IndexFixtures;

namespace MotCua.Domain.Tests.Indicators;

// INDICATORS-766.md 3.5b: procedures with a fee, those with a successful online payment in the period.
public class PaymentFormulasTests
{
    [Theory]
    [InlineData(0, 0)]      // a 0-đồng online "payment" is no payment: nothing was paid
    [InlineData(1, 1)]      // one đồng is
    [InlineData(50_000, 1)]
    public void Only_an_online_payment_of_some_money_counts_for_3_5b(long amount, int numerator)
    {
        var facts = new IndexFacts
        {
            Procedures = [Procedure() with { HasFees = true }],
            Dossiers = [Dossier("d1", "2025-03-03T08:00+07:00", "2025-03-06T08:00+07:00") with
            {
                Payments = [new Payment(Instant("2025-03-03T09:00+07:00"), amount, Online: true)],
            }],
        };

        Fraction fraction = PaymentFormulas.PaymentTransactions(facts, Context);

        fraction.Numerator.ShouldBe(numerator);
        fraction.Denominator.ShouldBe(1);
    }
}
