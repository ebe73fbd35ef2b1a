using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Domain.Payments;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using MotCua.Web.Features.Payments.Vnpay;

namespace MotCua.Web.Features.Payments;

/// <summary>
/// Online payment as <c>/Connections</c> shows it: the VNPAY merchant connection (or none), the orders still waiting for
/// the gateway's word, and a test that asks VNPAY about a made-up reference: acknowledged when VNPAY answers with a
/// valid checksum, which proves the API URL, the terminal code and the hash secret at once.
/// </summary>
public sealed class PaymentConnection(OnlinePayments online, IOptions<VnpayOptions> vnpay, IServiceScopeFactory scopes) : IConnection
{
    public const string Channel = "payment";

    public string Key => Channel;

    public Text Title => new("Thanh toán trực tuyến (VNPAY)", "Online payment (VNPAY)");

    public string Mode => online.Available ? "vnpay" : "none";

    public bool IsOffline => !online.Available || vnpay.Value.StandIn.Enabled;

    public IReadOnlyList<ConnectionSetting> Settings => online.Available
        ?
        [
            ConnectionSetting.Plain("Payments:Provider", "vnpay"),
            ConnectionSetting.Plain("Payments:Vnpay:TmnCode", vnpay.Value.TmnCode),
            ConnectionSetting.SecretOf("Payments:Vnpay:HashSecret", vnpay.Value.HashSecret),
            ConnectionSetting.Plain("Payments:Vnpay:PaymentUrl", vnpay.Value.PaymentUrl),
            ConnectionSetting.Plain("Payments:Vnpay:ApiUrl", vnpay.Value.ApiUrl),
            ConnectionSetting.Plain("Payments:Vnpay:ReturnUrl", vnpay.Value.ReturnUrl),
            ConnectionSetting.Plain("Payments:Vnpay:StandIn:Enabled", vnpay.Value.StandIn.Enabled),
        ]
        : [ConnectionSetting.Plain("Payments:Provider", "none")];

    public async Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct) =>
        online.Available ? await db.PaymentOrders.CountAsync(o => o.Status == PaymentStatus.Pending, ct) : null;

    public async Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct)
    {
        if (!online.Available)
        {
            return Error.Rule(new("Chưa cấu hình cổng thanh toán (Payments:Provider=none).", "No payment gateway is configured (Payments:Provider=none)."));
        }

        await using var scope = scopes.CreateAsyncScope();
        var probe = await scope.ServiceProvider.GetRequiredService<VnpayGateway>().ProbeAsync(ct);
        return probe.Failed ? probe.Error
            : new Text("VNPAY đã trả lời truy vấn thử với chữ ký hợp lệ (mã {0}: {1}).", "VNPAY answered the test query with a valid checksum (code {0}: {1}).")
                .Format(probe.Value.ResponseCode ?? "", probe.Value.Message ?? "");
    }
}
