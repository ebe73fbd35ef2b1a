using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MotCua.Domain.Calendar;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.PersonalData;

/// <summary>
/// Behind a reverse proxy the log names the client the proxy reports, and believes only the proxies of
/// <c>Security:TrustedProxies</c>: anyone else claiming an address in X-Forwarded-For is logged as himself.
/// An application of its own (the shared ones trust no proxy); the address is read the same way on both providers.
/// </summary>
public sealed class ForwardedAddressTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_log_names_the_client_a_trusted_proxy_forwards_and_ignores_what_a_stranger_claims()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "true"), ("Security:TrustedProxies:0", "10.0.0.7"));
        var received = await (await ClientAsync(app, "tiepnhan.xa")).PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct);
        var code = (await received.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
        var token = (await ClientAsync(app, "lanhdao.xa")).DefaultRequestHeaders.Authorization!.ToString();

        foreach (var from in new[] { "10.0.0.7", "10.0.0.8" })
        {
            var answer = await app.Factory.Server.SendAsync(c =>
            {
                c.Request.Method = HttpMethods.Get;
                c.Request.Path = $"/api/v1/dossiers/{code}";
                c.Request.Headers.Authorization = token;
                c.Request.Headers["X-Forwarded-For"] = "203.0.113.9";
                c.Connection.RemoteIpAddress = IPAddress.Parse(from);
            }, Ct);
            answer.Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        }

        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(WorkingCalendar.VietnamOffset).DateTime);
        var (first, last) = (today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var log = await (await ClientAsync(app, "kstt.pl")).GetFromJsonAsync<JsonElement>($"/api/v1/personal-data-access?unitCode=PL-LONGTHUY&from={first}&to={last}&dossierCode={code}", Ct);
        log.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("address").GetString()).ShouldBe(["203.0.113.9", "10.0.0.8"], ignoreOrder: true);
    }

    private static async Task<HttpClient> ClientAsync(OneOffApp app, string userName)
    {
        var client = app.Factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password = MotCuaApp.DemoPassword }, Ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
