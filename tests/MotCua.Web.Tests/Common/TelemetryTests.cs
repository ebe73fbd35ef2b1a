using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MotCua.Web.Common;
using MotCua.Web.Jobs;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>
/// Issue 15, operations: requests, intake, jobs and the outbox are seen through OpenTelemetry, exported over OTLP when
/// an endpoint is configured, and a log line names the trace it was written in.
/// </summary>
public abstract class TelemetryTests(MotCuaApp app)
{
    private readonly TelemetryCapture exported = app.Exported!;

    [Fact]
    public async Task A_request_is_exported_as_a_span_of_MotCua_with_its_route_and_its_log_lines_carry_that_trace_id()
    {
        var code = $"KHONG-CO-{Guid.NewGuid():N}";
        var traceId = await EndedRequestAsync(code);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();

        var span = exported.Spans().Single(s => s.TraceId == traceId.ToHexString() && s.Attributes.ContainsKey("http.route"));
        span.Service.ShouldBe("MotCua");
        span.Attributes["http.route"].ShouldBe("/api/v1/dossiers/{code}");
        var template = app.Services.GetRequiredService<IConfiguration>()["Serilog:WriteTo:1:Args:outputTemplate"].ShouldNotBeNull();
        var lines = exported.LogLines(template, code);
        lines.Count.ShouldBe(2, "Request starting, request finished");
        lines.ShouldAllBe(l => l.Contains($"trace={traceId}"));
    }

    [Fact]
    public async Task A_dossier_received_at_the_desk_counts_in_the_exported_intake_metric()
    {
        var meters = app.Services.GetRequiredService<MeterProvider>();
        meters.ForceFlush().ShouldBeTrue();
        var before = exported.Counter("motcua.dossiers.received", "channel", "counter") ?? 0;

        await app.ReceiveBirthAsync();
        // The client may have its answer before the server has recorded the request's duration: one request it has finished with.
        await EndedRequestAsync($"KHONG-CO-{Guid.NewGuid():N}");
        meters.ForceFlush().ShouldBeTrue();

        exported.Counter("motcua.dossiers.received", "channel", "counter").ShouldNotBeNull().ShouldBeGreaterThan(before);
        exported.MetricNames().ShouldContain("http.server.request.duration");
    }

    [Fact]
    public async Task Another_host_of_the_process_stopping_does_not_end_the_export_of_this_hosts_request_durations()
    {
        var meters = app.Services.GetRequiredService<MeterProvider>();
        var other = WebApplication.CreateSlimBuilder();
        other.WebHost.UseUrls("http://127.0.0.1:0");
        other.Logging.ClearProviders();
        await using (var host = other.Build())
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
            await host.StopAsync(TestContext.Current.CancellationToken);
        }

        // The first collection after a stream ends still exports it once; the second no longer would.
        meters.ForceFlush().ShouldBeTrue();
        await EndedRequestAsync($"KHONG-CO-{Guid.NewGuid():N}");
        meters.ForceFlush().ShouldBeTrue();

        exported.MetricNames().ShouldContain("http.server.request.duration");
    }

    [Fact]
    public async Task An_imported_past_dossier_counts_as_imported_and_not_as_received()
    {
        var meters = app.Services.GetRequiredService<MeterProvider>();
        meters.ForceFlush().ShouldBeTrue();
        var (received, imported) = (exported.Counter("motcua.dossiers.received", "channel", "online"), exported.Counter("motcua.dossiers.imported", "channel", "online") ?? 0);

        var admin = await app.SignedInAsync("admin");
        (await HistoricalImportTests.Post(admin, HistoricalImportTests.Line(HistoricalImportTests.UniqueCode(), "[]"))).EnsureSuccessStatusCode();
        meters.ForceFlush().ShouldBeTrue();

        // At least: both providers' exporting apps share the process's meter, and may import at the same time.
        exported.Counter("motcua.dossiers.imported", "channel", "online").ShouldNotBeNull().ShouldBeGreaterThan(imported);
        exported.Counter("motcua.dossiers.received", "channel", "online").ShouldBe(received);
    }

    [Fact]
    public async Task A_failing_job_run_is_an_error_span_and_counts_as_a_run_and_a_failure()
    {
        var name = $"Failing {Guid.NewGuid():N}"[..40];
        var job = new FailingJob(app.Services, name);

        await Should.ThrowAsync<InvalidOperationException>(() => job.TickAsync(TestContext.Current.CancellationToken));
        app.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();

        exported.Spans().Single(s => s.Name == $"job {name}").StatusCode.ShouldBe(2UL);
        exported.Counter("motcua.jobs.runs", "job", name).ShouldBe(1);
        exported.Counter("motcua.jobs.failures", "job", name).ShouldBe(1);
    }

    /// <summary>A traced request for a dossier that does not exist, once the server has finished with it (its span stopped); its trace id.</summary>
    private async Task<ActivityTraceId> EndedRequestAsync(string code)
    {
        var ct = TestContext.Current.CancellationToken;
        var client = await app.SignedInAsync("tiepnhan.xa");
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dossiers/{code}");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var ended = TelemetryCapture.RequestEndedAsync(traceId);

        (await client.SendAsync(request, ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ended.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return traceId;
    }

    private sealed class FailingJob(IServiceProvider services, string name)
        : PeriodicWorker(services.GetRequiredService<IServiceScopeFactory>(), TimeSpan.FromHours(1), services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILogger<FailingJob>>())
    {
        protected override string JobName => name;

        protected override Task RunAsync(IServiceProvider services, CancellationToken ct) => throw new InvalidOperationException("The job's channel is down.");
    }
}

/// <summary>Where traces and metrics go: nowhere without an endpoint, and then no exporter is added.</summary>
public sealed class TelemetryEndpointTests
{
    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", " ", null)]
    [InlineData("http://collector:4317", null, "http://collector:4317")]
    [InlineData(null, "http://collector:4318", "http://collector:4318")]
    [InlineData("http://mine:4317", "http://standard:4317", "http://mine:4317")]
    public void The_export_endpoint_is_OpenTelemetry_Endpoint_or_else_the_standard_variable(string? ours, string? standard, string? expected) =>
        Telemetry.ExportEndpoint(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenTelemetry:Endpoint"] = ours,
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = standard,
        }).Build()).ShouldBe(expected);
}

[CollectionDefinition(Name)]
public sealed class SqliteExportingGroup : ICollectionFixture<SqliteExportingApp>
{
    public const string Name = "sqlite-exporting";
}

[CollectionDefinition(Name)]
public sealed class PostgresExportingGroup : ICollectionFixture<PostgresExportingApp>
{
    public const string Name = "postgres-exporting";
}

[Collection(SqliteExportingGroup.Name)]
public sealed class TelemetryTestsOnSqlite(SqliteExportingApp app) : TelemetryTests(app);

[Collection(PostgresExportingGroup.Name)]
public sealed class TelemetryTestsOnPostgres(PostgresExportingApp app) : TelemetryTests(app);
