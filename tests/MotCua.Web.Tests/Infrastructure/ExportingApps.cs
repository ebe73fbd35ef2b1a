namespace MotCua.Web.Tests.Infrastructure;

/// <summary>An application that exports its traces and metrics over OTLP to a stand-in, and writes its log to a file.</summary>
public sealed class SqliteExportingApp : SqliteApp
{
    public override TelemetryCapture Exported { get; } = new();
}

/// <inheritdoc cref="SqliteExportingApp"/>
public sealed class PostgresExportingApp : PostgresApp
{
    public override TelemetryCapture Exported { get; } = new();
}
