using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// A real SMTP server for one test, on a free loopback port: it refuses the first <c>refusals</c> messages it is given
/// with a transient failure (451, "try again later", as a busy server answers DATA), then accepts and keeps each one.
/// </summary>
public sealed class LocalSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Inbox inbox;
    private Task running = Task.CompletedTask;

    private LocalSmtpServer(int refusals) => inbox = new Inbox(refusals);

    public int Port { get; private set; }

    public IReadOnlyList<MimeMessage> Received => [.. inbox.Messages];

    /// <summary>How many messages were refused.</summary>
    public int Refused => inbox.Refused;

    public static async Task<LocalSmtpServer> StartAsync(int refusals)
    {
        var server = new LocalSmtpServer(refusals);
        var listeners = new EndpointListenerFactory();
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(server.inbox);
        var smtp = new SmtpServer.SmtpServer(
            new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0))).Build(), services);
        server.running = smtp.StartAsync(server.stop.Token);
        server.Port = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // The server stops by cancellation.
        }

        stop.Dispose();
    }

    private sealed class Inbox(int refusals) : MessageStore
    {
        private int refused;

        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public int Refused => Volatile.Read(ref refused);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref refused) <= refusals)
            {
                return new SmtpResponse((SmtpReplyCode)451, "Requested action aborted: try again later");
            }

            Interlocked.Decrement(ref refused);
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
