using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>A browser-like client (cookies, no automatic redirects) that posts the citizens' forms with their antiforgery token.</summary>
public static partial class CitizenPages
{
    public static HttpClient Browser(MotCuaApp app) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<HttpClient> SignedInBrowserAsync(MotCuaApp app, string login)
    {
        var browser = Browser(app);
        var signedIn = await browser.PostFormAsync("/cong-dan/dang-nhap", new MultipartFormDataContent { { new StringContent(login), "login" }, { new StringContent(CitizenRequests.Password), "password" } });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        return browser;
    }

    /// <summary>Opens the page's form, as a browser would, and posts it with <paramref name="form"/> and the form's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, MultipartFormDataContent form)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await (await browser.GetAsync(url, ct)).Content.ReadAsStringAsync(ct);
        form.Add(new StringContent(AntiforgeryToken().Match(page).Groups[1].Value), "__RequestVerificationToken");
        return await browser.PostAsync(url, form, ct);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
