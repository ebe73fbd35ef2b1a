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

    /// <summary>A browser-like client signed in through the officers' sign-in page: it carries the cookie, not a bearer token.</summary>
    public static async Task<HttpClient> OfficerBrowserAsync(MotCuaApp app, string userName, string password = MotCuaApp.DemoPassword)
    {
        var browser = Browser(app);
        var signedIn = await browser.PostFormAsync("/Account/Login", new MultipartFormDataContent { { new StringContent(userName), "userName" }, { new StringContent(password), "password" } });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }

    /// <summary>Opens the page's form, as a browser would, and posts it with <paramref name="form"/> and the form's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, MultipartFormDataContent form)
    {
        form.Add(new StringContent(await browser.AntiforgeryTokenAsync(url)), "__RequestVerificationToken");
        return await browser.PostAsync(url, form, TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token of the first form of the page at <paramref name="url"/>, issued to whoever is signed in.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient browser, string url)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await (await browser.GetAsync(url, ct)).Content.ReadAsStringAsync(ct);
        return AntiforgeryToken().Match(page).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
