using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Data;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>
/// The national portal as <c>/Connections</c> shows it: the status service the changes go to (or the offline folder),
/// the changes the portal has not answered about yet, and a test that sends it an empty batch, which it must acknowledge.
/// </summary>
public sealed class NationalPortalConnection(IServiceProvider services, IOptions<NationalPortalOptions> options, IConfiguration configuration, ConnectionJournal journal) : IConnection
{
    public const string Name = "national-portal";

    public string Key => Name;

    public Text Title => new("Cổng Dịch vụ công quốc gia (đồng bộ trạng thái hồ sơ)", "National public service portal (dossier statuses)");

    public string Mode => options.Value.Adapter;

    public bool IsOffline => Mode != NationalPortalOptions.Http || configuration["NationalPortal:StandIn:Port"] is { Length: > 0 };

    public IReadOnlyList<ConnectionSetting> Settings
    {
        get
        {
            var o = options.Value;
            var http = o.Endpoint;
            List<ConnectionSetting> shown = [ConnectionSetting.Plain("NationalPortal:Adapter", o.Adapter), ConnectionSetting.Plain("NationalPortal:Interval", o.Interval), ConnectionSetting.Plain("NationalPortal:Batch", o.Batch)];
            return o.Adapter switch
            {
                NationalPortalOptions.Http =>
                [
                    .. shown,
                    ConnectionSetting.Plain("NationalPortal:Http:Url", http.Url),
                    ConnectionSetting.Plain("NationalPortal:Http:TokenUrl", http.TokenUrl),
                    ConnectionSetting.Plain("NationalPortal:Http:ClientId", http.ClientId),
                    ConnectionSetting.SecretOf("NationalPortal:Http:ClientSecret", http.ClientSecret),
                    ConnectionSetting.SecretOf("NationalPortal:Http:Token", http.Token),
                    ConnectionSetting.Plain("NationalPortal:Http:ClientCertificate:Path", http.ClientCertificate.Path),
                    ConnectionSetting.SecretOf("NationalPortal:Http:ClientCertificate:Password", http.ClientCertificate.Password),
                    ConnectionSetting.Plain("NationalPortal:Http:Timeout", http.Timeout),
                    ConnectionSetting.Plain("NationalPortal:RetryAfter", o.RetryAfter),
                    ConnectionSetting.Plain("NationalPortal:MaxRetryAfter", o.MaxRetryAfter),
                ],
                NationalPortalOptions.File => [.. shown, ConnectionSetting.Plain("NationalPortal:Folder", o.Folder)],
                _ => shown,
            };
        }
    }

    /// <summary>The dossiers whose latest change the portal has not answered about (nor the file adapter written out).</summary>
    public async Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct) =>
        await db.Dossiers.CountAsync(d => d.SyncedVersion == null || d.SyncedVersion != d.Version, ct);

    public async Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct)
    {
        if (services.GetService<HttpNationalPortal>() is not { } portal)
        {
            return Error.Rule(Mode == NationalPortalOptions.File
                ? new("Bộ chuyển tệp chỉ ghi trạng thái ra thư mục, không gửi tới Cổng: không có gì để gửi thử.", "The file adapter only writes statuses to a folder and sends nothing to the portal: there is nothing to test.")
                : new("Chưa cấu hình kết nối Cổng Dịch vụ công quốc gia (NationalPortal:Adapter).", "No connection to the national portal is configured (NationalPortal:Adapter)."));
        }

        var answer = await journal.ExchangeAsync(Key, () => portal.PostAsync(new PortalBatch([]), ct),
            new("Cổng Dịch vụ công quốc gia không nhận lô gửi thử: {0}", "The national portal did not accept the test batch: {0}"),
            e => e is HttpRequestException or TimeoutException or System.Text.Json.JsonException);
        if (answer.Failed)
        {
            return answer.Error;
        }

        return new Text("Cổng Dịch vụ công quốc gia tại {0} đã nhận lô gửi thử (trả lời: {1}).", "The national portal at {0} accepted the test batch (answer: {1}).")
            .Format(options.Value.Endpoint.Url, answer.Value.Message);
    }
}
