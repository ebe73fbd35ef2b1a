using MotCua.Domain.Catalog;
using MotCua.Domain.Dossiers;
using Shouldly;
using Xunit;

namespace MotCua.Domain.Tests.Dossiers;

// Law on Fees and Charges 2015, art. 3: a fee is paid for the service asked; issue 18, item 7: online payment is offered
// only for what is left to pay. Birth registration: free on time, 8,000 VND per copy of the extract asked.
public class UnpaidFeesTests
{
    private static readonly Fee[] Birth = [new("Lệ phí đăng ký khai sinh", 0, null), new("Phí cấp bản sao trích lục", 8_000, null, OnRequest: true)];

    [Theory]
    [InlineData(DossierStatus.InProgress, 0, false, 0L, 0L)] // no copy asked: nothing owed
    [InlineData(DossierStatus.InProgress, 2, false, 0L, 16_000L)]
    [InlineData(DossierStatus.InProgress, 2, false, 8_000L, 8_000L)]
    [InlineData(DossierStatus.InProgress, 2, false, 20_000L, 0L)] // paid more than owed: nothing, never below
    [InlineData(DossierStatus.InProgress, 2, true, 0L, 0L)] // exempted
    [InlineData(DossierStatus.ResultIssued, 2, false, 0L, 16_000L)] // paid when collecting the result
    [InlineData(DossierStatus.Returned, 2, false, 0L, 0L)] // closed: nothing more is asked
    [InlineData(DossierStatus.Withdrawn, 2, false, 0L, 0L)]
    public void What_is_left_to_pay_is_what_was_asked_less_what_was_paid_while_the_dossier_is_open(DossierStatus status, int copies, bool exempt, long paid, long unpaid)
    {
        var dossier = new Dossier
        {
            Code = "000.17.31.H10-250303-0001",
            Applicant = new("Nguyễn Văn An", null, null, null, null, null),
            Status = status,
            ResultCopies = copies,
            FeeExempt = exempt,
            Payments = paid > 0 ? [new Payment(DateTimeOffset.UnixEpoch, paid, Online: true)] : [],
        };

        dossier.Unpaid(Birth).ShouldBe(unpaid);
    }
}
