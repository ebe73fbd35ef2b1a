using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;

namespace MotCua.Web.Notifications.Sms;

/// <summary>
/// The stand-in SMS gateway: an HTTP server of its own that checks the configured authentication, keeps what it
/// receives, answers in the configured shape (JSON holding the accepted code and a new message id at their paths), and
/// later posts a delivery receipt for each accepted message to the application, authenticated as configured. Told to
/// fail (<see cref="Fail"/>), it answers a server error or the provider's refusal instead.
/// </summary>
public sealed class SmsStandIn(IOptions<SmsStandInOptions> standIn, IOptions<SmsOptions> sms, IHttpClientFactory clients, PublicAddress site, TimeProvider clock, ILogger<SmsStandIn> logger)
    : IHostedService, IAsyncDisposable
{
    public const string ReceiptClient = "sms-stand-in-receipts";

    private readonly ConcurrentQueue<ReceivedSms> received = new();
    private readonly ConcurrentQueue<SmsStandInFailure> failures = new();
    private readonly ConcurrentDictionary<string, int> unreceipted = new();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? server;
    private Task receipts = Task.CompletedTask;
    private bool disposed;

    public IReadOnlyList<ReceivedSms> Received => [.. received];

    /// <summary>Receipts say the message could not be delivered, rather than delivered.</summary>
    public bool FailDeliveries { get; set; }

    /// <summary>The next requests are answered so, one each, before the stand-in accepts again.</summary>
    public void Fail(params SmsStandInFailure[] answers)
    {
        foreach (var answer in answers)
        {
            failures.Enqueue(answer);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = standIn.Value;
        server = await Common.LoopbackServer.StartAsync(settings.Port, app => app.Run(AnswerAsync), cancellationToken);
        logger.LogInformation("Stand-in SMS gateway on 127.0.0.1:{Port} keeps what it receives in {Folder}", settings.Port, Path.GetFullPath(settings.Folder));
        if (settings.ReceiptInterval != Timeout.InfiniteTimeSpan)
        {
            receipts = PostReceiptsEveryAsync(settings.ReceiptInterval, stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host torn down in the other order (its container disposing this singleton first, seen once under load in a
        // test application's teardown) finds nothing left to stop.
        if (disposed)
        {
            return;
        }

        await StopReceiptsAsync();
        if (server is not null)
        {
            await server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await StopReceiptsAsync();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        stopping.Dispose();
    }

    private async Task StopReceiptsAsync()
    {
        await stopping.CancelAsync();
        await receipts.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Posts the receipts due; answers how many the application took. One it does not know yet is tried again next time, a few times.</summary>
    public async Task<int> PostReceiptsAsync(CancellationToken ct)
    {
        var posted = 0;
        foreach (var (id, tries) in unreceipted.ToArray())
        {
            using var request = Receipt(id);
            try
            {
                using var response = await clients.CreateClient(ReceiptClient).SendAsync(request, ct);
                if (response.IsSuccessStatusCode || tries >= 10)
                {
                    unreceipted.TryRemove(id, out _);
                    posted += response.IsSuccessStatusCode ? 1 : 0;
                    continue;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                logger.LogInformation("Stand-in SMS gateway could not post the receipt of {Id}: {Error}", id, e.Message);
            }

            unreceipted[id] = tries + 1;
        }

        return posted;
    }

    private async Task PostReceiptsEveryAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            await PostReceiptsAsync(ct);
        }
    }

    private async Task AnswerAsync(HttpContext context)
    {
        var http = sms.Value.Http;
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authentic = string.IsNullOrEmpty(http.AuthValue)
            || (http.AuthHeader.Length > 0 ? context.Request.Headers[http.AuthHeader] == http.AuthValue : body.Contains(http.AuthValue, StringComparison.Ordinal));
        if (!authentic)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (failures.TryDequeue(out var failure))
        {
            await RefuseAsync(context, http, failure);
            return;
        }

        var id = Guid.NewGuid().ToString("N")[..16];
        var message = new ReceivedSms(id, context.Request.Method, context.Request.Path + context.Request.QueryString, context.Request.ContentType, body, clock.GetUtcNow());
        await KeepAsync(message, context.RequestAborted);
        received.Enqueue(message);
        unreceipted[id] = 0;
        var answer = new JsonObject();
        Put(answer, http.AcceptedField, http.AcceptedValue);
        Put(answer, http.MessageIdPath, id);
        context.Response.StatusCode = http.Accepts(StatusCodes.Status200OK) ? StatusCodes.Status200OK : http.AcceptedStatuses[0];
        await context.Response.WriteAsJsonAsync(answer, context.RequestAborted);
    }

    private static async Task RefuseAsync(HttpContext context, SmsHttpOptions http, SmsStandInFailure failure)
    {
        if (failure == SmsStandInFailure.ServerError || http.AcceptedField.Length == 0)
        {
            context.Response.StatusCode = failure == SmsStandInFailure.ServerError ? StatusCodes.Status500InternalServerError : StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(failure == SmsStandInFailure.ServerError ? "Stand-in told to fail" : "Refused by the stand-in", context.RequestAborted);
            return;
        }

        var refusal = new JsonObject();
        Put(refusal, http.AcceptedField, http.AcceptedValue == "99" ? "98" : "99");
        Put(refusal, "message", "Refused by the stand-in");
        await context.Response.WriteAsJsonAsync(refusal, context.RequestAborted);
    }

    private async Task KeepAsync(ReceivedSms message, CancellationToken ct)
    {
        var folder = Path.GetFullPath(standIn.Value.Folder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{message.At:yyyyMMdd-HHmmss}-{message.ProviderId}.txt"));
        await File.WriteAllTextAsync(path, $"{message.Method} {message.Target}\nContent-Type: {message.ContentType}\n\n{message.Body}\n", ct);
        logger.LogInformation("Stand-in SMS gateway received message {Id}: {File}", message.ProviderId, path);
    }

    private HttpRequestMessage Receipt(string id)
    {
        var receipts = sms.Value.Receipts;
        var receipt = new JsonObject();
        Put(receipt, receipts.MessageIdField, id);
        Put(receipt, receipts.StatusField, FailDeliveries ? receipts.FailedValues.FirstOrDefault() ?? "UNDELIV" : receipts.DeliveredValues.FirstOrDefault() ?? "DELIVRD");
        Put(receipt, receipts.ReasonField, FailDeliveries ? "Subscriber unreachable" : "");
        var body = receipt.ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, site.Resolve(standIn.Value.ReceiptUrl)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var secret = receipts.Secret ?? "";
        request.Headers.TryAddWithoutValidation(receipts.Header, receipts.Authentication == SmsReceiptAuthentication.HmacSha256
            ? Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)))
            : secret);
        return request;
    }

    /// <summary>Sets a value at a dotted path of a JSON object, making the objects on the way; an empty path sets nothing.</summary>
    private static void Put(JsonObject root, string path, string value)
    {
        var names = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        foreach (var name in names.SkipLast(1))
        {
            node = node[name] as JsonObject ?? (JsonObject)(node[name] = new JsonObject());
        }

        if (names.Length > 0 && value.Length > 0)
        {
            node[names[^1]] = value;
        }
    }
}
