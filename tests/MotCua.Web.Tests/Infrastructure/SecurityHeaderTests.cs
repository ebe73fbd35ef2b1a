using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

public abstract class SecurityHeaderTests(MotCuaApp app) : ProviderTests(app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/procedures")]
    [InlineData("/css/site.css")]
    [InlineData("/trang-khong-co")]
    [InlineData("/api/v1/khong-co")]
    [InlineData("/Dossiers")]
    public async Task Pages_API_static_files_and_errors_carry_the_security_headers(string path)
    {
        var response = await App.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path, Ct);

        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy")).Split(';').Select(d => d.Trim()).ToList();
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("style-src 'self'");
        policy.ShouldContain("object-src 'none'");
        policy.ShouldContain("base-uri 'self'");
        policy.ShouldContain("form-action 'self'");
        policy.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task The_API_reference_is_served_outside_Production()
    {
        var client = App.CreateClient();

        (await client.GetAsync("/openapi/v1.json", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/scalar", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SecurityHeaderTestsOnSqlite(SqliteApp app) : SecurityHeaderTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SecurityHeaderTestsOnPostgres(PostgresApp app) : SecurityHeaderTests(app);

/// <summary>Settings the shared applications must not have: Production, a trusted proxy.</summary>
public sealed class ProductionHeaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_hides_the_API_reference_unless_the_setting_turns_it_on()
    {
        using var certificate = new KeyCertificate();
        await using var hidden = new OneOffApp("Production", certificate.Settings());
        await using var shown = new OneOffApp("Production", [.. certificate.Settings(), ("Api:Documentation", "true")]);

        (await hidden.Factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Factory.CreateClient().GetAsync("/scalar", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.Factory.CreateClient().GetStringAsync("/", Ct)).ShouldNotContain("href=\"/scalar\"");
        (await shown.Factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Production_answers_HTTPS_from_a_trusted_proxy_with_HSTS_and_only_secure_cookies()
    {
        using var certificate = new KeyCertificate();
        await using var app = new OneOffApp("Production", [.. certificate.Settings(), ("Security:TrustedProxies:0", "10.0.0.0/24")]);

        var viaProxy = await SignInPageAsync(app.Factory.Server, "10.0.0.7", "https");
        var viaStranger = await SignInPageAsync(app.Factory.Server, "192.0.2.1", "https");

        viaProxy.Response.Headers.StrictTransportSecurity.ToString().ShouldStartWith("max-age=31536000");
        viaStranger.Response.Headers.StrictTransportSecurity.ToString().ShouldBeEmpty();
        Cookies(viaStranger).ShouldNotBeEmpty();
        Cookies(viaStranger).ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Outside_Production_cookies_are_secure_when_a_trusted_proxy_says_the_client_used_HTTPS()
    {
        await using var app = new OneOffApp("Testing", ("Security:TrustedProxies:0", "10.0.0.7"));

        var viaProxy = await SignInPageAsync(app.Factory.Server, "10.0.0.7", "https");
        var viaStranger = await SignInPageAsync(app.Factory.Server, "10.0.0.8", "https");

        Cookies(viaProxy).ShouldNotBeEmpty();
        Cookies(viaProxy).ShouldAllBe(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        Cookies(viaStranger).ShouldNotBeEmpty();
        Cookies(viaStranger).ShouldAllBe(c => !c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The sign-in page (it sets the anti-forgery and language cookies) as a client behind <paramref name="from"/> sees it.</summary>
    private static Task<HttpContext> SignInPageAsync(TestServer server, string from, string scheme) => server.SendAsync(c =>
    {
        c.Request.Method = HttpMethods.Get;
        c.Request.Path = "/Account/Login";
        c.Request.QueryString = new QueryString("?culture=vi");
        c.Request.Host = new HostString("motcua.example.vn");
        c.Connection.RemoteIpAddress = IPAddress.Parse(from);
        c.Request.Headers["X-Forwarded-Proto"] = scheme;
        c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
    }, Ct);

    private static string[] Cookies(HttpContext answer) => answer.Response.Headers.SetCookie.Select(c => c!).ToArray();
}
