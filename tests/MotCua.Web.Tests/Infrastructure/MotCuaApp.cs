using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MotCua.Domain.Calendar;
using MotCua.Web.Common;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The real application on a real database, migrated and filled with the demo province, with a
/// controllable clock. One instance per provider is shared by a test collection; tests create
/// their own records (unique codes) and never depend on what another test wrote.
/// </summary>
public abstract class MotCuaApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoPassword = "MotCua@2024";

    /// <summary>Not Development's localhost: a link built on anything but the setting would show.</summary>
    public const string PublicAddress = "https://motcua.phuoclong.example.vn/";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Token, DateTimeOffset At)> tokens = new();

    /// <summary>Where the offline notification channel of this application writes.</summary>
    public string NotificationLog { get; } = Path.Combine(Path.GetTempPath(), $"motcua-notifications-{Guid.NewGuid():N}.log");

    /// <summary>The file store of this application (attachments), removed with it.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), $"motcua-files-{Guid.NewGuid():N}");

    /// <summary>Where the national portal's file adapter of this application writes, removed with it.</summary>
    public string NationalPortalFolder { get; } = Path.Combine(Path.GetTempPath(), $"motcua-national-portal-{Guid.NewGuid():N}");

    /// <summary>Where this application's demo CA and office certificate are generated, removed with it.</summary>
    public string SigningFolder { get; } = Path.Combine(Path.GetTempPath(), $"motcua-signing-{Guid.NewGuid():N}");

    /// <summary>The clock's start, when the demo data is seeded: a Monday, 09:00 in Vietnam.</summary>
    public static DateTimeOffset SeededAt { get; } = new(2025, 3, 3, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(SeededAt);

    /// <summary>Today in Vietnam by the shared clock, which other tests move forward.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset).DateTime);

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    /// <summary>Where this application exports its traces and metrics and writes its log; null: nowhere, as by default.</summary>
    public virtual TelemetryCapture? Exported => null;

    public async ValueTask InitializeAsync()
    {
        if (Exported is { } exported)
        {
            await exported.StartAsync();
        }

        await PrepareDatabaseAsync();
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await DropDatabaseAsync();
        if (Exported is { } exported)
        {
            await exported.DisposeAsync();
        }

        File.Delete(NotificationLog);
        foreach (var folder in new[] { FilesRoot, NationalPortalFolder, SigningFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A client with the officer's bearer token; each officer signs in once per application, as the login is throttled.</summary>
    public Task<HttpClient> SignedInAsync(string userName) => SignedInAsync(userName, CreateClient());

    /// <summary>
    /// A browser of the officer's pages that follows no redirect: a bearer token is not sent again to the page a post
    /// redirects to, so the answer to a post is the redirect itself.
    /// </summary>
    public Task<HttpClient> SignedInBrowserAsync(string userName) =>
        SignedInAsync(userName, CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    private async Task<HttpClient> SignedInAsync(string userName, HttpClient client)
    {
        // Tests that move the clock forward would outlive a token: sign in again after an hour of test time.
        if (!tokens.TryGetValue(userName, out var cached) || Clock.GetUtcNow() - cached.At > TimeSpan.FromHours(1))
        {
            var login = await CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = DemoPassword });
            login.EnsureSuccessStatusCode();
            cached = ((await login.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken, Clock.GetUtcNow());
            tokens[userName] = cached;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cached.Token);
        return client;
    }

    /// <summary>
    /// Moves the shared clock forward to the given hour (Vietnam time) of the next day after today that
    /// <paramref name="wanted"/> picks, by the default working calendar, so that a test reads times it can foresee.
    /// </summary>
    public async Task<DateOnly> AdvanceToAsync(Func<WorkingCalendar, Func<DateOnly, bool>> wanted, TimeSpan hour)
    {
        await using var scope = Services.CreateAsyncScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<CalendarSource>().ForUnitAsync(null, TestContext.Current.CancellationToken);
        var now = Clock.GetUtcNow().ToOffset(WorkingCalendar.VietnamOffset);
        var day = DateOnly.FromDateTime(now.DateTime).AddDays(1);
        while (!wanted(calendar)(day))
        {
            day = day.AddDays(1);
        }

        Clock.Advance(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue) + hour, WorkingCalendar.VietnamOffset) - now);
        return day;
    }

    /// <summary>How often the background jobs tick in test time; null: as the application is configured.</summary>
    protected virtual TimeSpan? JobInterval => null;

    protected abstract Task PrepareDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the only environment where the demo accounts may keep their demo password.
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:MotCua", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Site:PublicAddress", PublicAddress);
        builder.UseSetting("Payments:Provider", "vnpay");
        builder.UseSetting("Payments:Vnpay:StandIn:Enabled", "true");

        // Enough demo dossiers for every state and page, few enough to seed each fixture quickly.
        builder.UseSetting("Demo:Dossiers", "150");
        builder.UseSetting("Demo:HistoryFrom", "");

        // Many tests sign in from one address; the throttle itself is tested on its own.
        builder.UseSetting("Security:LoginsPerMinute", "100000");
        builder.UseSetting("Security:LoginsPerAccountPerMinute", "100000");
        builder.UseSetting("Security:RegistrationsPerMinute", "100000");
        builder.UseSetting("Security:PublicRequestsPerMinute", "100000");
        builder.UseSetting("Security:FeedbackPerMinute", "100000");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Notifications:LogFile", NotificationLog).WithoutStandIns();
        builder.UseSetting("Files:Root", FilesRoot);
        builder.WithDemoSigning(SigningFolder);
        if (JobInterval is { } interval)
        {
            builder.UseSetting("Jobs:LatenessInterval", interval.ToString());
            builder.UseSetting("Jobs:FeedbackReminderInterval", interval.ToString());
            builder.UseSetting("Notifications:Interval", interval.ToString());
        }
        else
        {
            // Tests run the lateness watch and the feedback reminders themselves. Left to their timers, a clock advanced by
            // days woke them over the whole demo, and on SQLite, one writer at a time, the test's own requests waited
            // minutes behind them.
            builder.UseSetting("Jobs:LatenessInterval", Timeout.InfiniteTimeSpan.ToString());
            builder.UseSetting("Jobs:FeedbackReminderInterval", Timeout.InfiniteTimeSpan.ToString());
        }

        // Tests run the daily digest, the payment reconciliation, the plan and report reminders, the integrity anchor and
        // the national portal's synchronization themselves: a background run started by a clock advance would race their reads.
        builder.UseSetting("Jobs:DigestInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:PaymentInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:PlanReminderInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:FileSweepInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:ReorganizationInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:IdempotencySweepInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:ReportReminderInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("Jobs:AnchorInterval", Timeout.InfiniteTimeSpan.ToString());
        builder.UseSetting("NationalPortal:Adapter", "file");
        builder.UseSetting("NationalPortal:Folder", NationalPortalFolder);
        builder.UseSetting("NationalPortal:Interval", Timeout.InfiniteTimeSpan.ToString());
        Exported?.Configure(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddGatewaysInProcess();

            // The same PBKDF2 with fewer rounds: the tests sign in some two thousand times and seed two dozen demos, and
            // at the product's 100,000 rounds each hash took about 60 ms of a core the other tests were waiting for.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}
