using System.Diagnostics.Metrics;
using System.Reflection;
using Microsoft.Extensions.Diagnostics.Metrics;
using MotCua.Web.Notifications;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MotCua.Web.Common;

/// <summary>
/// OpenTelemetry traces and metrics: requests (ASP.NET Core), outgoing HTTP, PostgreSQL commands (Npgsql), the runtime,
/// and the application's own <see cref="Instruments"/> and <see cref="OutboxGauges"/>. Spans always exist, so that every
/// log line carries its trace id; they leave the process only through OTLP, and only when an endpoint is configured
/// (<c>OpenTelemetry:Endpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).
/// </summary>
public static class Telemetry
{
    private const string HttpProtobuf = "http/protobuf";

    public static IServiceCollection AddMotCuaTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exported = ExportEndpoint(configuration) is not null;
        var version = typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(Instruments.Name, serviceVersion: version, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing =>
            {
                // A load balancer asks for /health every few seconds: those spans would drown the requests.
                tracing.AddSource(Instruments.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation();
                if (exported)
                {
                    tracing.AddOtlpExporter(o => Configure(o, configuration, "traces"));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Instruments.Name, "Npgsql")
                    .AddRuntimeInstrumentation()
                    .AddInstrumentation(sp => ActivatorUtilities.CreateInstance<OutboxGauges>(sp));
                if (exported)
                {
                    metrics.AddOtlpExporter((o, _) => Configure(o, configuration, "metrics"));
                }
            });
        services.AddMetrics(m =>
        {
            foreach (var meter in HostMeters)
            {
                m.EnableMetrics(meter, instrumentName: null, listenerName: "OpenTelemetry", MeterScope.Global | MeterScope.Local);
            }
        });
        return services;
    }

    /// <summary>
    /// ASP.NET Core's and HttpClient's meters, made by each host's own <see cref="IMeterFactory"/>. Subscribed by name
    /// (as <c>AddAspNetCoreInstrumentation</c> does), the provider also binds another host's instruments of the same
    /// names in the process, shares one stream with them, and loses its own requests when that host stops; so they are
    /// enabled for this host's factory (and the process-wide meters) only.
    /// </summary>
    private static readonly string[] HostMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics", "Microsoft.AspNetCore.RateLimiting", "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization", "Microsoft.AspNetCore.Identity", "System.Net.Http", "System.Net.NameResolution",
    ];

    /// <summary>Where traces and metrics go; null: nowhere, nothing is exported.</summary>
    public static string? ExportEndpoint(IConfiguration configuration) =>
        new[] { configuration["OpenTelemetry:Endpoint"], configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] }.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));

    /// <summary>
    /// <c>OpenTelemetry:Endpoint</c> and <c>OpenTelemetry:Protocol</c> (grpc, the default, or http/protobuf) take
    /// precedence over the standard variables, which the exporter reads itself. An endpoint given in code is used as is,
    /// so over HTTP the signal's path is added here, as the exporter does for the standard variable.
    /// </summary>
    private static void Configure(OtlpExporterOptions options, IConfiguration configuration, string signal)
    {
        if (configuration["OpenTelemetry:Protocol"] is { Length: > 0 } protocol)
        {
            options.Protocol = protocol switch
            {
                "grpc" => OtlpExportProtocol.Grpc,
                HttpProtobuf => OtlpExportProtocol.HttpProtobuf,
                _ => throw new InvalidOperationException($"OpenTelemetry:Protocol must be grpc or {HttpProtobuf}, not \"{protocol}\"."),
            };
        }

        if (configuration["OpenTelemetry:Endpoint"] is { Length: > 0 } endpoint)
        {
            options.Endpoint = options.Protocol == OtlpExportProtocol.HttpProtobuf
                ? new Uri($"{endpoint.TrimEnd('/')}/v1/{signal}")
                : new Uri(endpoint);
        }
    }
}
