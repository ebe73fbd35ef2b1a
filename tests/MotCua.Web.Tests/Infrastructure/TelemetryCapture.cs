using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// What an application exports, caught: an OTLP/HTTP stand-in (a real Kestrel endpoint taking <c>POST /v1/traces</c>
/// and <c>/v1/metrics</c> in protobuf) that the application is configured to export to, and the log events it writes
/// (through a sink registered as a service, beside the configured ones).
/// </summary>
public sealed class TelemetryCapture : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Signal, ReadOnlyMemory<byte> Body)> received = new();
    private WebApplication? collector;

    private readonly LogCapture log = new();

    public string Endpoint { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            if (request.ContentType != "application/x-protobuf")
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue((signal, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        Endpoint = collector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    /// <summary>The application exports here over HTTP, and its log events (request lines included) are kept.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("OpenTelemetry:Endpoint", Endpoint);
        builder.UseSetting("OpenTelemetry:Protocol", "http/protobuf");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log));
    }

    /// <summary>Every span received so far, with its resource's service name.</summary>
    public List<Span> Spans() =>
        [.. Bodies("traces").SelectMany(b => b.All(1)).SelectMany(resource =>
            resource.All(2).SelectMany(scope => scope.All(2)).Select(span => new Span(
                resource.All(1).Single().Attributes(1)["service.name"],
                Convert.ToHexStringLower(span.All(1).Single().Span),
                span.Text(5),
                span.All(9).Any() ? span.Attributes(9) : [],
                span.All(15).Select(status => status.Number(3)).FirstOrDefault())))];

    /// <summary>
    /// The value of a counter in the latest metrics export, summed over the data points whose attribute
    /// <paramref name="tag"/> is <paramref name="value"/>; null when that export does not hold it.
    /// </summary>
    public long? Counter(string name, string tag, string value)
    {
        var latest = Bodies("metrics").LastOrDefault();
        var points = latest.IsEmpty ? [] : latest.All(1).SelectMany(r => r.All(2)).SelectMany(s => s.All(2))
            .Where(m => m.Text(1) == name).SelectMany(m => m.All(7)).SelectMany(sum => sum.All(1))
            .Where(p => p.Attributes(7).GetValueOrDefault(tag) == value).ToList();
        return points.Count == 0 ? null : points.Sum(p => (long)p.Number(6));
    }

    /// <summary>Names of the metrics in the latest export.</summary>
    public List<string> MetricNames() =>
        [.. Bodies("metrics").TakeLast(1).SelectMany(b => b.All(1)).SelectMany(r => r.All(2)).SelectMany(s => s.All(2)).Select(m => m.Text(1))];

    /// <summary>Completes when the server span of a request in trace <paramref name="traceId"/> has ended (and been handed to the exporter).</summary>
    public static Task RequestEndedAsync(ActivityTraceId traceId)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            Sample = (ref _) => ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    ended.TrySetResult();
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return ended.Task.ContinueWith(_ => listener.Dispose(), TaskScheduler.Default);
    }

    /// <summary>The log lines written so far that contain <paramref name="text"/>, as the file sink's output template renders them.</summary>
    public List<string> LogLines(string template, string text)
    {
        var formatter = new MessageTemplateTextFormatter(template, CultureInfo.InvariantCulture);
        return [.. log.Events.Select(e =>
        {
            using var line = new StringWriter(CultureInfo.InvariantCulture);
            formatter.Format(e, line);
            return line.ToString();
        }).Where(l => l.Contains(text, StringComparison.Ordinal))];
    }

    public async ValueTask DisposeAsync()
    {
        if (collector is not null)
        {
            await collector.DisposeAsync();
        }
    }

    private IEnumerable<ReadOnlyMemory<byte>> Bodies(string signal) => received.Where(r => r.Signal == signal).Select(r => r.Body);

    private sealed class LogCapture : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    public sealed record Span(string Service, string TraceId, string Name, Dictionary<string, string> Attributes, ulong StatusCode);
}
