using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Documents;

[assembly: AssemblyFixture(typeof(MotCua.Web.Tests.Infrastructure.Printing))]

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// The documents services as the app registers them, with one Chromium for the whole assembly
/// (starting one costs ~1 s and ~400 MB). It starts on the first print only.
/// </summary>
public sealed class Printing : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://motcua.phuoclong.example.vn/";

    private readonly ServiceProvider services = new ServiceCollection()
        .AddLogging()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:PublicBaseUrl"] = PublicBaseUrl })
            .Build())
        .AddDocuments()
        .BuildServiceProvider();

    public DossierPdf Papers => services.GetRequiredService<DossierPdf>();

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
