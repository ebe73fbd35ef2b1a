using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// The stand-in VNPAY's merchant API (POST JSON at <see cref="VnpayStandIn.ApiPath"/>): querydr answers from its books
/// how a payment ended, refund gives back at most what was paid; every answer is signed, and a request whose checksum
/// does not hold is refused with 97 as VNPAY does.
/// </summary>
public sealed class VnpayStandInApi(MotCuaDbContext db, IOptions<VnpayOptions> options)
{
    private VnpayOptions Settings => options.Value;

    /// <summary>The merchant API: querydr and refund, refused with 97 when the checksum does not hold.</summary>
    public async Task<VnpayApiAnswer> AnswerAsync(VnpayApiRequest request, CancellationToken ct)
    {
        var answer = new VnpayApiAnswer { ResponseId = Guid.NewGuid().ToString("N"), Command = request.Command, TmnCode = request.TmnCode, TxnRef = request.TxnRef };
        if (!VnpayProtocol.Matches(VnpayProtocol.Checksum(request.ChecksumFields, Settings.HashSecret), request.SecureHash))
        {
            return Sign(answer with { ResponseCode = "97", Message = "Invalid Checksum" });
        }

        if (request.TmnCode != Settings.TmnCode)
        {
            return Sign(answer with { ResponseCode = "02", Message = "Invalid TmnCode" });
        }

        var found = await db.VnpayStandInTransactions.FirstOrDefaultAsync(t => t.Reference == request.TxnRef, ct);
        if (found is null || found.CreateDate != request.TransactionDate)
        {
            return Sign(answer with { ResponseCode = VnpayApiAnswer.NotFound, Message = "Transaction not found" });
        }

        answer = answer with
        {
            Amount = VnpayProtocol.Amount(found.Amount), OrderInfo = found.OrderInfo, BankCode = "NCB", PayDate = VnpayProtocol.Date(found.PaidAt),
            TransactionNo = found.TransactionNo, TransactionType = "01", TransactionStatus = found.Status,
        };
        return request.Command switch
        {
            VnpayApiRequest.Query => Sign(answer with { ResponseCode = VnpayProtocol.Success, Message = "QueryDR Success" }),
            VnpayApiRequest.Refund => Sign(await RefundAsync(found, request, answer, ct)),
            _ => Sign(answer with { ResponseCode = "03", Message = "Invalid command" }),
        };
    }

    private async Task<VnpayApiAnswer> RefundAsync(VnpayStandInTransaction found, VnpayApiRequest request, VnpayApiAnswer answer, CancellationToken ct)
    {
        var amount = VnpayProtocol.ParseAmount(request.Amount);
        var full = request.TransactionType == VnpayApiRequest.FullRefund;
        if (found.Status != VnpayProtocol.Success || amount is not > 0 || amount > found.Amount - found.Refunded
            || (full && (found.Refunded > 0 || amount != found.Amount)) || (!full && request.TransactionType != VnpayApiRequest.PartialRefund))
        {
            return answer with { ResponseCode = "95", Message = "Transaction cannot be refunded" };
        }

        found.Refunded += amount.Value;
        await db.SaveChangesAsync(ct);
        return answer with { ResponseCode = VnpayProtocol.Success, Message = "Refund success", Amount = request.Amount, TransactionType = request.TransactionType, TransactionStatus = "05" };
    }

    private VnpayApiAnswer Sign(VnpayApiAnswer answer) => answer.SignedWith(Settings.HashSecret);
}
