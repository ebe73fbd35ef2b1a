using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The applications of the reorganization tests, which move, rename and merge the demo's wards: on databases of their
/// own, so that no other test finds the demo tree changed under it.
/// </summary>
public sealed class SqliteReorganizationApp : SqliteApp;

/// <inheritdoc cref="SqliteReorganizationApp"/>
public sealed class PostgresReorganizationApp : PostgresApp;

/// <summary>Its own demo for the reorganization acts, which move, rename and merge units and pass their open work on.</summary>
public sealed class SqliteReorganizationActApp : SqliteApp;

/// <inheritdoc cref="SqliteReorganizationActApp"/>
public sealed class PostgresReorganizationActApp : PostgresApp;

/// <summary>
/// The demo as a province installing MotCua today seeds it (Development's settings: its history from January 2024):
/// the clock starts on Monday 7 December 2026, after the reform of 1 July 2025, which the seed applies.
/// </summary>
public sealed class SqliteDemoTodayApp : SqliteApp
{
    public SqliteDemoTodayApp() => DemoToday.Start(Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => DemoToday.Configure(builder, base.ConfigureWebHost);
}

/// <inheritdoc cref="SqliteDemoTodayApp"/>
public sealed class PostgresDemoTodayApp : PostgresApp
{
    public PostgresDemoTodayApp() => DemoToday.Start(Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder) => DemoToday.Configure(builder, base.ConfigureWebHost);
}

public static class DemoToday
{
    /// <summary>09:00 on Monday 7 December 2026 in Vietnam.</summary>
    public static DateTimeOffset At { get; } = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    public static void Start(FakeTimeProvider clock) => clock.Advance(At - clock.GetUtcNow());

    public static void Configure(IWebHostBuilder builder, Action<IWebHostBuilder> configure)
    {
        configure(builder);
        builder.UseSetting("Demo:HistoryFrom", "2024-01-01");
        builder.UseSetting("Demo:Dossiers", "300");
    }
}
