using System.Buffers;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MotCua.Web.Notifications;

/// <summary>
/// Section "Notifications:Email:StandIn": Development's mail server, so that e-mail really leaves the application over
/// SMTP and can be opened, one .eml file per message, from <see cref="Folder"/>. A <see cref="Common.StandIn"/>:
/// Production refuses to start with it.
/// </summary>
public sealed class SmtpStandInOptions
{
    public int Port { get; set; }

    public string Folder { get; set; } = "mail";
}

/// <summary>The stand-in mail server, listening on the loopback address only, for as long as the application runs.</summary>
public sealed class SmtpStandIn(IOptions<SmtpStandInOptions> options, TimeProvider clock, ILogger<SmtpStandIn> logger) : Common.ListeningStandIn
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => Listening();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new EmlFolder(Path.GetFullPath(settings.Folder), clock, logger));
        var server = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, settings.Port))).Build(), services);
        logger.LogInformation("Stand-in SMTP server on 127.0.0.1:{Port} keeps what it receives in {Folder}", settings.Port, Path.GetFullPath(settings.Folder));
        return server.StartAsync(stoppingToken);
    }

    private sealed class EmlFolder(string folder, TimeProvider clock, ILogger logger) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml"));
            await using (var file = File.Create(path))
            {
                foreach (var segment in buffer)
                {
                    await file.WriteAsync(segment, cancellationToken);
                }
            }

            logger.LogInformation("Stand-in SMTP server received mail for {Recipients}: {File}", string.Join(", ", transaction.To.Select(t => $"{t.User}@{t.Host}")), path);
            return SmtpResponse.Ok;
        }
    }
}
