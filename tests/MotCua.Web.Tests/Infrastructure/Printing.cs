using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Common;
using MotCua.Web.Documents;
using MotCua.Web.Signing;

[assembly: AssemblyFixture(typeof(MotCua.Web.Tests.Infrastructure.Printing))]

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The documents services as the app registers them, with one Chromium for the whole assembly
/// (starting one costs ~1 s and ~400 MB). It starts on the first print only.
/// </summary>
public sealed class Printing : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://motcua.phuoclong.example.vn/";

    /// <summary>Under the setting's former name, which deployments that set it keep using.</summary>
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [PublicAddress.FormerKey] = PublicBaseUrl })
        .Build();

    /// <summary>Signing as Production has it by default (none): these tests read what is printed, the signature has its own.</summary>
    private readonly ServiceProvider services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(Configuration)
        .AddSingleton(TimeProvider.System)
        .AddPublicAddress()
        .AddDocuments()
        .AddSigning(Configuration)
        .BuildServiceProvider();

    public DossierPdf Papers => services.GetRequiredService<DossierPdf>();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
