using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Connections;

namespace MotCua.Web.Features.Payments.Vnpay;

/// <summary>
/// The merchant side of the VNPAY payment gateway, version 2.1.0: a signed payment URL, notifications read only when
/// their signature holds, and the merchant API (querydr, refund) whose answers count only with a valid checksum.
/// </summary>
public sealed class VnpayGateway(IOptions<VnpayOptions> options, IHttpClientFactory clients, PublicAddress site, IHttpContextAccessor accessor,
    ConnectionJournal journal, TimeProvider clock) : IPaymentGateway
{
    public const string Client = "vnpay";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private VnpayOptions Settings => options.Value;

    public string CheckoutUrl(PaymentOrder order)
    {
        var parameters = new Dictionary<string, string>
        {
            ["vnp_Version"] = VnpayProtocol.Version,
            ["vnp_Command"] = "pay",
            ["vnp_TmnCode"] = Settings.TmnCode,
            ["vnp_Amount"] = VnpayProtocol.Amount(order.Amount),
            ["vnp_CurrCode"] = "VND",
            ["vnp_TxnRef"] = order.Reference,
            ["vnp_OrderInfo"] = "Nop phi le phi truc tuyen ma giao dich " + order.Reference,
            ["vnp_OrderType"] = "other",
            ["vnp_Locale"] = Text.Pick("vn", "en"),
            ["vnp_ReturnUrl"] = site.Resolve(Settings.ReturnUrl).ToString(),
            ["vnp_IpAddr"] = accessor.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? Settings.ServerIp,
            ["vnp_CreateDate"] = VnpayProtocol.Date(order.CreatedAt),
            ["vnp_ExpireDate"] = VnpayProtocol.Date(order.CreatedAt + ReconcilePayments.ExpireAfter),
        };
        return Settings.PaymentUrl + "?" + VnpayProtocol.SignedQuery(parameters, Settings.HashSecret);
    }

    public bool TryRead(IEnumerable<KeyValuePair<string, string>> parameters, out ProviderReport report)
    {
        report = null!;
        var list = parameters.ToList();
        if (!VnpayProtocol.Verify(list, Settings.HashSecret))
        {
            return false;
        }

        var field = list.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        if (field.GetValueOrDefault("vnp_TmnCode") != Settings.TmnCode || field.GetValueOrDefault("vnp_TxnRef") is not { Length: > 0 } reference
            || VnpayProtocol.ParseAmount(field.GetValueOrDefault("vnp_Amount")) is not { } amount)
        {
            return false;
        }

        var paid = field.GetValueOrDefault("vnp_ResponseCode") == VnpayProtocol.Success && field.GetValueOrDefault("vnp_TransactionStatus") == VnpayProtocol.Success;
        report = new ProviderReport(reference, field.GetValueOrDefault("vnp_TransactionNo"), paid ? PaymentStatus.Paid : PaymentStatus.Failed, amount,
            VnpayProtocol.ParseDate(field.GetValueOrDefault("vnp_PayDate")) ?? clock.GetUtcNow());
        return true;
    }

    public async Task<Outcome<ProviderReport>> QueryAsync(PaymentOrder order, CancellationToken ct)
    {
        var answer = await CallAsync(Request(VnpayApiRequest.Query, order, "Truy van giao dich " + order.Reference), ct);
        if (answer.Failed)
        {
            return answer.Error;
        }

        var a = answer.Value;
        if (a.ResponseCode == VnpayApiAnswer.NotFound)
        {
            return new ProviderReport(order.Reference, null, PaymentStatus.Pending, order.Amount, clock.GetUtcNow());
        }

        if (a.ResponseCode != VnpayProtocol.Success || a.TxnRef != order.Reference || VnpayProtocol.ParseAmount(a.Amount) is not { } amount)
        {
            return Refused(a);
        }

        var status = a.TransactionStatus switch
        {
            VnpayProtocol.Success => PaymentStatus.Paid,
            "02" => PaymentStatus.Failed,
            _ => PaymentStatus.Pending,
        };
        return new ProviderReport(order.Reference, a.TransactionNo, status, amount, VnpayProtocol.ParseDate(a.PayDate) ?? clock.GetUtcNow());
    }

    public async Task<Outcome<ProviderRefund>> RefundAsync(PaymentOrder order, long amount, bool full, string by, CancellationToken ct)
    {
        var request = Request(VnpayApiRequest.Refund, order, "Hoan tien giao dich " + order.Reference) with
        {
            TransactionType = full ? VnpayApiRequest.FullRefund : VnpayApiRequest.PartialRefund,
            Amount = VnpayProtocol.Amount(amount),
            TransactionNo = order.TransactionId,
            CreateBy = by,
        };
        var answer = await CallAsync(request, ct);
        return answer.Failed ? answer.Error
            : answer.Value.ResponseCode == VnpayProtocol.Success ? new ProviderRefund(answer.Value.TransactionNo, clock.GetUtcNow())
            : Refused(answer.Value);
    }

    /// <summary>A querydr of a reference no order has: the answer (91, no such transaction) shows VNPAY hears and signs with our secret.</summary>
    public async Task<Outcome<VnpayApiAnswer>> ProbeAsync(CancellationToken ct) =>
        await CallAsync(Request(VnpayApiRequest.Query, new PaymentOrder { CreatedAt = clock.GetUtcNow(), Reference = "MOTCUATEST" + Guid.NewGuid().ToString("N")[..16].ToUpperInvariant() }, "Kiem tra ket noi"), ct);

    private VnpayApiRequest Request(string command, PaymentOrder order, string info) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Command = command,
        TmnCode = Settings.TmnCode,
        TxnRef = order.Reference,
        OrderInfo = info,
        TransactionDate = VnpayProtocol.Date(order.CreatedAt),
        CreateDate = VnpayProtocol.Date(clock.GetUtcNow()),
        IpAddr = Settings.ServerIp,
    };

    /// <summary>Posts a signed request; an answer counts only when it comes back with our checksum, and each outcome goes to the journal.</summary>
    private async Task<Outcome<VnpayApiAnswer>> CallAsync(VnpayApiRequest request, CancellationToken ct)
    {
        string failure;
        try
        {
            using var response = await clients.CreateClient(Client).PostAsJsonAsync(site.Resolve(Settings.ApiUrl), request.SignedWith(Settings.HashSecret), Json, ct);
            var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<VnpayApiAnswer>(ct) : null;
            if (answer is not null && answer.IsSignedWith(Settings.HashSecret))
            {
                await journal.SucceededAsync(PaymentConnection.Channel, CancellationToken.None);
                return answer;
            }

            failure = answer is null ? $"HTTP {(int)response.StatusCode}" : $"the answer's checksum is not valid (vnp_ResponseCode {answer.ResponseCode})";
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            failure = e.Message;
        }

        await journal.FailedAsync(PaymentConnection.Channel, $"VNPAY {request.Command}: {failure}", CancellationToken.None);
        return Error.Upstream(new Text("VNPAY không trả lời hợp lệ ({0}).", "VNPAY did not answer validly ({0}).").Format(failure));
    }

    private static Error Refused(VnpayApiAnswer answer) => Error.Upstream(new Text(
        "VNPAY từ chối yêu cầu: mã {0}, {1}.", "VNPAY refused the request: code {0}, {1}.").Format(answer.ResponseCode ?? "", answer.Message ?? ""));
}
