using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Deployment;

/// <summary>
/// deploy/compose.yaml sets the application's settings by name, as environment variables: a misspelt or renamed one is
/// silently ignored and the nodes run on the default (a trusted proxy not trusted, the file store in the container). The
/// application is started in Production, every options type it registers is bound, and each setting the compose file
/// names must have been asked for.
/// </summary>
public sealed class ComposeSettingsTests
{
    /// <summary>
    /// Read while Program.cs registers the services, before a test host's configuration source is added, so the
    /// recorder cannot see them: every test application is started through the first two names (<see cref="OneOffApp"/>),
    /// and the telemetry tests export through the third.
    /// </summary>
    private static readonly string[] ReadBeforeTheTestHostSees = ["Database:Provider", "ConnectionStrings:MotCua", "OpenTelemetry:Endpoint"];

    [Fact]
    public async Task Every_application_setting_of_the_compose_file_is_read_by_the_application()
    {
        var settings = ComposeFile.ApplicationSettings();
        settings.ShouldContain("DataProtection:Certificate:Path");
        using var certificate = new KeyCertificate();
        var recorder = new ReadKeys();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Security:TrustedProxies:0", "172.31.240.10"), ("Files:Root", Path.GetTempPath())]);
        var optionsTypes = new List<Type>();
        var factory = app.Factory.WithWebHostBuilder(b => b
            .ConfigureAppConfiguration((_, c) => c.Add(recorder))
            .ConfigureServices(services => optionsTypes.AddRange(services
                .Select(d => d.ServiceType)
                .Where(t => t.IsConstructedGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
                .Select(t => t.GenericTypeArguments[0]))));
        using var client = factory.CreateClient();

        (await client.GetAsync("/health", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        // Options are bound when first used (the printer's on the first PDF): bind them all now.
        foreach (var type in optionsTypes.Distinct())
        {
            var options = typeof(IOptions<>).MakeGenericType(type);
            _ = options.GetProperty(nameof(IOptions<object>.Value))!.GetValue(factory.Services.GetRequiredService(options));
        }

        settings.Where(s => !recorder.Keys.Contains(s) && !ReadBeforeTheTestHostSees.Contains(s)).ShouldBeEmpty();
    }

    /// <summary>A configuration source holding nothing that notes every key the application asks for.</summary>
    private sealed class ReadKeys : ConfigurationProvider, IConfigurationSource
    {
        public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

        public override bool TryGet(string key, out string? value)
        {
            lock (Keys)
            {
                Keys.Add(key);
            }

            return base.TryGet(key, out value);
        }
    }
}
