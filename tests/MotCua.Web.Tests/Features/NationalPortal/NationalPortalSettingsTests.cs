using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.NationalPortal;

/// <summary>The HTTP adapter refuses to start half configured, rather than fail each send in the background.</summary>
public sealed class NationalPortalSettingsTests
{
    [Theory]
    [InlineData("", "secret-from-the-environment", "")]
    [InlineData("https://lgsp.example.gov.vn/dvcqg/dossier-statuses", "", "")]
    [InlineData("https://lgsp.example.gov.vn/dvcqg/dossier-statuses", "", "https://lgsp.example.gov.vn/token")]
    public async Task The_http_adapter_without_an_address_or_a_way_to_authenticate_refuses_to_start(string url, string token, string tokenUrl)
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("NationalPortal:Adapter", "http"),
            ("NationalPortal:Http:Url", url), ("NationalPortal:Http:Token", token), ("NationalPortal:Http:TokenUrl", tokenUrl));

        var failure = Should.Throw<Exception>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("NationalPortal:Adapter=http needs NationalPortal:Http:Url");
    }

    [Fact]
    public async Task An_unknown_adapter_refuses_to_start()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("NationalPortal:Adapter", "lgsp"));

        Should.Throw<Exception>(() => app.Factory.CreateClient()).Message.ShouldContain("NationalPortal:Adapter must be 'none', 'file' or 'http'");
    }
}
