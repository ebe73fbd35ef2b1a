using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Connections;

namespace MotCua.Web.Notifications.Sms;

public static class SmsSetup
{
    /// <summary>
    /// <c>Notifications:Sms:Provider</c>: <c>log</c> (default: SMS is written to the notification log) or <c>http</c>
    /// (sent to the brand-name gateway of <c>Notifications:Sms:Http</c>, checked at start). <c>Notifications:Sms:StandIn:Port</c>,
    /// when set, also runs Development's stand-in gateway; its secrets, when none are configured, are made up at start
    /// and shared with the channel and the receipt endpoint, so that no secret needs to be written anywhere.
    /// </summary>
    public static bool AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection(SmsOptions.Section));
        services.AddConnection<SmsConnection>();
        if (configuration[$"{SmsOptions.Section}:StandIn:Port"] is { Length: > 0 })
        {
            AddStandIn(services, configuration);
        }

        var provider = configuration[$"{SmsOptions.Section}:Provider"] ?? "log";
        if (provider.Equals("log", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!provider.Equals("http", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{SmsOptions.Section}:Provider must be log or http, not '{provider}'.");
        }

        services.AddSingleton<IValidateOptions<SmsOptions>, SmsOptionsValidation>();
        services.AddOptions<SmsOptions>().ValidateOnStart();
        services.AddHttpClient(HttpSmsChannel.Client, (sp, client) =>
        {
            client.Timeout = sp.GetRequiredService<IOptions<SmsOptions>>().Value.Http.Timeout;
            client.MaxResponseContentBufferSize = 64 * 1024;
        });
        services.AddSingleton<INotificationChannel, HttpSmsChannel>();
        return true;
    }

    private static void AddStandIn(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsStandInOptions>().Bind(configuration.GetSection($"{SmsOptions.Section}:StandIn"))
            .Validate(o => o.Port is > 0 and <= 65535, $"{SmsOptions.Section}:StandIn:Port must be a port number (1-65535).")
            .Validate(o => PublicAddress.IsRelative(o.ReceiptUrl) || Uri.TryCreate(o.ReceiptUrl, UriKind.Absolute, out _),
                $"{SmsOptions.Section}:StandIn:ReceiptUrl must be a path of this site or an absolute address.")
            .ValidateOnStart();
        var authValue = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var receiptSecret = RandomNumberGenerator.GetHexString(32, lowercase: true);
        services.PostConfigure<SmsOptions>(o =>
        {
            o.Http.AuthValue = string.IsNullOrEmpty(o.Http.AuthValue) ? authValue : o.Http.AuthValue;
            o.Receipts.Secret = string.IsNullOrEmpty(o.Receipts.Secret) ? receiptSecret : o.Receipts.Secret;
        });
        services.AddHttpClient(SmsStandIn.ReceiptClient);
        services.AddSingleton(new StandIn("SMS stand-in gateway", $"{SmsOptions.Section}:StandIn:Port"))
            .AddSingleton<SmsStandIn>().AddHostedService(sp => sp.GetRequiredService<SmsStandIn>());
    }
}
