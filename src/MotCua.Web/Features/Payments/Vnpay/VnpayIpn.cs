using System.Text.Json.Serialization;
using MotCua.Web.Connections;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>The merchant's answer to an IPN, as VNPAY reads it: a code and a message, always with HTTP 200.</summary>
public sealed record VnpayIpnAnswer([property: JsonPropertyName("RspCode")] string RspCode, [property: JsonPropertyName("Message")] string Message)
{
    public static readonly VnpayIpnAnswer Confirmed = new("00", "Confirm Success");
    public static readonly VnpayIpnAnswer OrderNotFound = new("01", "Order not found");
    public static readonly VnpayIpnAnswer AlreadyConfirmed = new("02", "Order already confirmed");
    public static readonly VnpayIpnAnswer InvalidAmount = new("04", "Invalid amount");
    public static readonly VnpayIpnAnswer InvalidSignature = new("97", "Invalid signature");
    public static readonly VnpayIpnAnswer Unknown = new("99", "Unknown error");
}

/// <summary>
/// GET /api/v1/payments/vnpay/ipn: VNPAY's server-to-server notification of how a payment ended, the only door
/// (with reconciliation) through which an order becomes paid. An unsigned or forged notice is answered 97 and read no
/// further; VNPAY repeats a notice until it is answered 00 or 02, so a failure of ours is answered 99 to have it again.
/// </summary>
public sealed class VnpayIpn(IPaymentGateway gateway, ConfirmPayment confirm, ConnectionJournal journal, ILogger<VnpayIpn> logger)
{
    public async Task<VnpayIpnAnswer> HandleAsync(IQueryCollection query, CancellationToken ct)
    {
        if (!gateway.TryRead(query.Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())), out var report))
        {
            logger.LogWarning("A VNPAY notification without a valid signature was refused");
            return VnpayIpnAnswer.InvalidSignature;
        }

        await journal.SucceededAsync(PaymentConnection.Channel, CancellationToken.None);
        try
        {
            return await confirm.ApplyAsync(report, ct) switch
            {
                Confirmation.Recorded => VnpayIpnAnswer.Confirmed,
                Confirmation.Unchanged => VnpayIpnAnswer.AlreadyConfirmed,
                Confirmation.UnknownOrder => VnpayIpnAnswer.OrderNotFound,
                _ => VnpayIpnAnswer.InvalidAmount,
            };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The VNPAY notification of {Reference} could not be recorded", report.Reference);
            return VnpayIpnAnswer.Unknown;
        }
    }
}
