using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Notifications.Sms;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the SMS collections: SMS goes over HTTP to the stand-in gateway, which this application runs on
/// a free port, in a JSON shape like the brand-name providers'; the stand-in's delivery receipts come back to this
/// application's test server; what the stand-in receives is kept below the application's file store, removed with it.
/// The outbox runs only when a test dispatches it. No demo dossiers: these tests read none.
/// </summary>
public sealed class SqliteSmsApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => SmsGatewayApps.Configure(builder, base.ConfigureWebHost, FilesRoot);
}

/// <inheritdoc cref="SqliteSmsApp"/>
public sealed class PostgresSmsApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => SmsGatewayApps.Configure(builder, base.ConfigureWebHost, FilesRoot);
}

[CollectionDefinition(Name)]
public sealed class SqliteSmsGroup : ICollectionFixture<SqliteSmsApp>
{
    public const string Name = "sqlite-sms";
}

[CollectionDefinition(Name)]
public sealed class PostgresSmsGroup : ICollectionFixture<PostgresSmsApp>
{
    public const string Name = "postgres-sms";
}

public static class SmsGatewayApps
{
    public const string ApiKey = "test-api-key";
    public const string ReceiptSecret = "test-receipt-secret";
    public const string ReceiptHeader = "X-Receipt-Secret";
    /// <summary>The product's default: a receipt notice with its lookup link takes three Vietnamese SMS.</summary>
    public const int MaxParts = 3;

    public const string BodyTemplate =
        """{"to":"{phone}","brandname":"{brand}","message":"{text}","unicode":{unicode},"parts":{parts},"requestId":"{reference}"}""";

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), $"motcua-sms-{Guid.NewGuid():N}");

    public static void Configure(IWebHostBuilder builder, Action<IWebHostBuilder> configure, string filesRoot)
    {
        configure(builder);
        var folder = Path.Combine(filesRoot, "sms");
        var port = FreePorts.Next().ToString(CultureInfo.InvariantCulture);
        builder.UseSetting("Demo:Dossiers", "0");
        builder.UseSetting("Notifications:Interval", Timeout.InfiniteTimeSpan.ToString());
        foreach (var (key, value) in Settings(port, folder))
        {
            builder.UseSetting($"Notifications:Sms:{key}", value);
        }

        // The stand-in's receipts reach this application's in-memory test server, as a provider's reach the real one.
        builder.ConfigureServices(services => services.AddHttpClient(SmsStandIn.ReceiptClient)
            .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler()));
    }

    public static void Remove(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (string, string)[] Settings(string port, string folder) =>
    [
        ("Provider", "http"),
        ("Http:Url", $"http://127.0.0.1:{port}/api/sms/send"),
        ("Http:BodyTemplate", BodyTemplate),
        ("Http:BrandName", "UBND-PLONG"),
        ("Http:AuthHeader", "X-Api-Key"),
        ("Http:AuthValue", ApiKey),
        ("Http:MessageIdPath", "data.messageId"),
        ("Http:AcceptedField", "code"),
        ("Http:AcceptedValue", "00"),
        ("Text:MaxParts", MaxParts.ToString(CultureInfo.InvariantCulture)),
        ("Receipts:Header", ReceiptHeader),
        ("Receipts:Secret", ReceiptSecret),
        ("Receipts:ReasonField", "reason"),
        ("StandIn:Port", port),
        ("StandIn:Folder", folder),
        ("StandIn:ReceiptUrl", "http://localhost/api/v1/notifications/sms/delivery-receipts"),
        ("StandIn:ReceiptInterval", Timeout.InfiniteTimeSpan.ToString()),
    ];
}
