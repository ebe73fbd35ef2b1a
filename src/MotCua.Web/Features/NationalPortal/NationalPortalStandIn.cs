using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MotCua.Web.Features.NationalPortal;

/// <summary>How the stand-in portal answers a batch of statuses.</summary>
public enum StandInAnswer
{
    /// <summary>Acknowledges each message with a reference of its own.</summary>
    Accept,

    /// <summary>Rejects each message with <see cref="NationalPortalStandInOptions.RejectReason"/>.</summary>
    Reject,

    /// <summary>Takes nothing and never answers: the caller's timeout is what ends the request.</summary>
    Timeout,

    /// <summary>Takes the messages but answers only after <see cref="NationalPortalStandInOptions.LateBy"/>: the answer is lost to a caller that gave up.</summary>
    Late,
}

/// <summary>
/// Section "NationalPortal:StandIn": Development's national portal, on the loopback address at <see cref="Port"/>, which
/// speaks the protocol of <see cref="PortalProtocol"/>: <c>POST /token</c> (client credentials) and
/// <c>POST /dossier-statuses</c>. A <see cref="Common.StandIn"/>: Production refuses to start with it.
/// </summary>
public sealed class NationalPortalStandInOptions
{
    public int Port { get; set; }

    /// <summary>A fixed bearer token it accepts besides those its token service issued; none when empty.</summary>
    public string Token { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public StandInAnswer Answer { get; set; } = StandInAnswer.Accept;

    public string RejectReason { get; set; } = "Mã thủ tục hành chính không có trong Cơ sở dữ liệu quốc gia về TTHC";

    public TimeSpan LateBy { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// The stand-in portal, for as long as the application runs. It remembers its first answer to each message by code and
/// version and gives that same answer to a message sent again, as the portal does; <see cref="Answer"/> changes how it
/// answers from now on (the tests' lever).
/// </summary>
public sealed class NationalPortalStandIn(IOptions<NationalPortalStandInOptions> options, TimeProvider clock, ILogger<NationalPortalStandIn> logger) : Common.ListeningStandIn
{
    public const string TokenPath = "/token";
    public const string StatusPath = "/dossier-statuses";

    private readonly ConcurrentDictionary<(string Code, int Version), PortalMessageAnswer> answers = new();
    private readonly ConcurrentDictionary<(string Code, int Version), int> deliveries = new();
    private readonly ConcurrentDictionary<string, byte> issued = new();
    private int references;

    public StandInAnswer Answer { get; set; } = options.Value.Answer;

    /// <summary>Released once for every batch of statuses that arrives, before it is answered.</summary>
    public SemaphoreSlim Arrivals { get; } = new(0);

    /// <summary>The messages it took, one per code and version however often they came, with its answer to each.</summary>
    public IReadOnlyList<PortalMessageAnswer> Taken => [.. answers.Values];

    /// <summary>How many times the message of this code and version arrived.</summary>
    public int Deliveries(string code, int version) => deliveries.GetValueOrDefault((code, version));

    /// <summary>Refuses every token issued so far, as after the portal's keys were rotated.</summary>
    public void RevokeTokens() => issued.Clear();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new HttpListener();
        listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Value.Port}/"));
        listener.Start();
        Listening();
        logger.LogInformation("Stand-in national portal on http://127.0.0.1:{Port}{Path}", options.Value.Port, StatusPath);
        await using var stop = stoppingToken.Register(listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && stoppingToken.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context, stoppingToken), stoppingToken);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context, CancellationToken stoppingToken)
    {
        var (request, response) = (context.Request, context.Response);
        try
        {
            object? body = (request.HttpMethod, request.Url?.AbsolutePath) switch
            {
                ("POST", TokenPath) => IssueToken(request.Headers["Authorization"]),
                ("POST", StatusPath) when Authorized(request.Headers["Authorization"]) =>
                    await TakeAsync(await JsonSerializer.DeserializeAsync<PortalBatch>(request.InputStream, cancellationToken: stoppingToken), stoppingToken),
                ("POST", StatusPath) => null,
                _ => Status(response, HttpStatusCode.NotFound),
            };
            if (body is null)
            {
                response.StatusCode = (int)HttpStatusCode.Unauthorized;
                response.Headers["WWW-Authenticate"] = "Bearer";
                body = new { error = "invalid_client" };
            }

            response.ContentType = "application/json";
            await response.OutputStream.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body), stoppingToken);
            response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or JsonException)
        {
            // The caller gave up (timeout) or sent no batch: nobody is left to answer.
            logger.LogDebug(e, "Stand-in national portal: request not answered");
            response.Abort();
        }
    }

    private PortalTokenAnswer? IssueToken(string? authorization)
    {
        var expected = $"{Uri.EscapeDataString(options.Value.ClientId)}:{Uri.EscapeDataString(options.Value.ClientSecret)}";
        if (options.Value.ClientId.Length == 0 || authorization != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(expected)))
        {
            return null;
        }

        var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        issued[token] = 0;
        return new PortalTokenAnswer(token, "Bearer", 3600);
    }

    private bool Authorized(string? authorization) =>
        authorization is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) && header[7..] is { Length: > 0 } token
        && (issued.ContainsKey(token) || token == options.Value.Token);

    private async Task<PortalBatchAnswer> TakeAsync(PortalBatch? batch, CancellationToken stoppingToken)
    {
        var answer = Answer;
        Arrivals.Release();
        if (answer == StandInAnswer.Timeout)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, clock, stoppingToken);
        }

        var taken = (batch?.Data ?? []).Select(m =>
        {
            deliveries.AddOrUpdate((m.Code, m.Version), 1, (_, n) => n + 1);
            return answers.GetOrAdd((m.Code, m.Version), _ => answer == StandInAnswer.Reject
                ? new PortalMessageAnswer(m.Code, m.Version, PortalMessageAnswer.Rejected, null, options.Value.RejectReason)
                : new PortalMessageAnswer(m.Code, m.Version, PortalMessageAnswer.Accepted, string.Create(CultureInfo.InvariantCulture, $"DVCQG-{Interlocked.Increment(ref references):D8}"), null));
        }).ToList();
        if (answer == StandInAnswer.Late)
        {
            await Task.Delay(options.Value.LateBy, clock, stoppingToken);
        }

        return new PortalBatchAnswer(0, "OK", taken);
    }

    private static object? Status(HttpListenerResponse response, HttpStatusCode status)
    {
        response.StatusCode = (int)status;
        return new { error = status.ToString() };
    }
}
