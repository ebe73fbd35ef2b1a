using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>What the tester at the stand-in's payment page makes of the payment.</summary>
public enum StandInOutcome
{
    Paid,

    /// <summary>The customer cancels at the gateway (vnp_ResponseCode 24).</summary>
    Cancelled,

    /// <summary>Paid, but the IPN never reaches the merchant: only querydr finds it.</summary>
    PaidNotificationLost,
}

/// <summary>A payment request the stand-in accepted: what its page shows and pays.</summary>
public sealed record StandInPayment(string Reference, long Amount, string OrderInfo, string ReturnUrl, string CreateDate);

/// <summary>
/// Development's VNPAY (<c>Payments:Vnpay:StandIn:Enabled</c>): it checks a payment URL's signature as VNPAY does,
/// takes the tester's decision, calls the merchant's IPN server-to-server and sends the browser back to the return URL,
/// both signed; its merchant API is <see cref="VnpayStandInApi"/>. It signs with the merchant's own settings,
/// so a mistake in the product's signing fails here as it would at VNPAY.
/// </summary>
public sealed class VnpayStandIn(MotCuaDbContext db, IOptions<VnpayOptions> options, IHttpClientFactory clients, PublicAddress site, TimeProvider clock, ILogger<VnpayStandIn> logger)
{
    public const string Root = "/vnpay-gia-lap";
    public const string PaymentPath = Root + "/paymentv2/vpcpay.html";
    public const string ApiPath = Root + "/merchant_webapi/api/transaction";
    public const string Client = "vnpay-stand-in";

    private static readonly Error BadRequest = Error.Validation("vnp_SecureHash", new(
        "Yêu cầu thanh toán không hợp lệ: sai chữ ký, sai mã website hoặc thiếu tham số (mã lỗi 70).", "Invalid payment request: wrong signature, terminal code or a missing parameter (code 70)."));

    private VnpayOptions Settings => options.Value;

    public Outcome<StandInPayment> Read(IEnumerable<KeyValuePair<string, string>> query)
    {
        var list = query.ToList();
        var field = list.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        string Get(string name) => field.GetValueOrDefault(name) ?? "";
        if (!VnpayProtocol.Verify(list, Settings.HashSecret) || Get("vnp_TmnCode") != Settings.TmnCode || Get("vnp_Version") != VnpayProtocol.Version
            || Get("vnp_Command") != "pay" || Get("vnp_CurrCode") != "VND" || VnpayProtocol.ParseAmount(Get("vnp_Amount")) is not { } amount
            || Get("vnp_TxnRef").Length == 0 || !Uri.IsWellFormedUriString(Get("vnp_ReturnUrl"), UriKind.Absolute) || VnpayProtocol.ParseDate(Get("vnp_CreateDate")) is null)
        {
            return BadRequest;
        }

        if (VnpayProtocol.ParseDate(Get("vnp_ExpireDate")) is { } expires && expires < clock.GetUtcNow())
        {
            return Error.Rule(new("Giao dịch đã quá thời gian chờ thanh toán (mã lỗi 11).", "The payment has expired (code 11)."));
        }

        return new StandInPayment(Get("vnp_TxnRef"), amount, Get("vnp_OrderInfo"), Get("vnp_ReturnUrl"), Get("vnp_CreateDate"));
    }

    /// <summary>Records the decision, notifies the merchant, and gives the signed return URL the browser goes to.</summary>
    public async Task<Outcome<string>> DecideAsync(IEnumerable<KeyValuePair<string, string>> query, StandInOutcome outcome, CancellationToken ct)
    {
        var read = Read(query);
        if (read.Failed)
        {
            return read.Error;
        }

        var payment = read.Value;
        if (await db.VnpayStandInTransactions.AnyAsync(t => t.Reference == payment.Reference, ct))
        {
            return Error.Conflict(new("Giao dịch này đã được xử lý tại cổng thanh toán.", "This payment has already been processed at the gateway."));
        }

        var paid = outcome != StandInOutcome.Cancelled;
        var transaction = new VnpayStandInTransaction
        {
            Reference = payment.Reference,
            TransactionNo = RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Status = paid ? VnpayProtocol.Success : "02",
            ResponseCode = paid ? VnpayProtocol.Success : "24",
            Amount = payment.Amount,
            OrderInfo = payment.OrderInfo,
            CreateDate = payment.CreateDate,
            PaidAt = clock.GetUtcNow(),
        };
        db.VnpayStandInTransactions.Add(transaction);
        await db.SaveChangesAsync(ct);

        var result = VnpayProtocol.SignedQuery(Result(transaction), Settings.HashSecret);
        if (outcome != StandInOutcome.PaidNotificationLost)
        {
            await NotifyAsync(payment.Reference, result, ct);
        }

        return payment.ReturnUrl + (payment.ReturnUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?") + result;
    }

    private Dictionary<string, string> Result(VnpayStandInTransaction t) => new()
    {
        ["vnp_Amount"] = VnpayProtocol.Amount(t.Amount),
        ["vnp_BankCode"] = "NCB",
        ["vnp_BankTranNo"] = "VNP" + t.TransactionNo,
        ["vnp_CardType"] = "ATM",
        ["vnp_OrderInfo"] = t.OrderInfo,
        ["vnp_PayDate"] = VnpayProtocol.Date(t.PaidAt),
        ["vnp_ResponseCode"] = t.ResponseCode,
        ["vnp_TmnCode"] = Settings.TmnCode,
        ["vnp_TransactionNo"] = t.TransactionNo,
        ["vnp_TransactionStatus"] = t.Status,
        ["vnp_TxnRef"] = t.Reference,
    };

    /// <summary>The IPN, a GET with the signed result; what the merchant answers is only logged, as a gateway would keep it.</summary>
    private async Task NotifyAsync(string reference, string signedResult, CancellationToken ct)
    {
        var url = site.Resolve(Settings.StandIn.IpnUrl);
        try
        {
            var answer = await clients.CreateClient(Client).GetStringAsync(new Uri(url + (url.Query.Length > 0 ? "&" : "?") + signedResult), ct);
            logger.LogInformation("Stand-in VNPAY notified {Reference}; the merchant answered {Answer}", reference, answer);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Stand-in VNPAY could not notify {Reference}", reference);
        }
    }
}
