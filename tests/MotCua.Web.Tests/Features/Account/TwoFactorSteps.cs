using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using OtpNet;
using Shouldly;

namespace MotCua.Web.Tests.Features.Account;

/// <summary>An officer with his authenticator set up: the secret his app holds, the recovery codes shown once, his browser.</summary>
public sealed record Enrolment(string UserName, byte[] Secret, IReadOnlyList<string> RecoveryCodes, HttpClient Browser);

/// <summary>What the two-factor tests do as an officer would: through the pages with a browser-like client, or the API.</summary>
public static partial class TwoFactorSteps
{
    public const string Password = "MatKhauRatDai1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new officer with one role; each test has its own, as each enrolment and lock is his.</summary>
    public static async Task<string> NewOfficerAsync(this MotCuaApp app, string role = "specialist", string unitCode = "PL-TNMT")
    {
        var userName = $"hf{Guid.NewGuid():N}"[..12];
        var created = await (await app.SignedInAsync("admin")).PutAsJsonAsync("/api/v1/officers", new
        {
            userName, fullName = "Lê Thị Hai Lớp", password = Password, roles = new[] { new { role, unitCode } },
        }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync(Ct));
        return userName;
    }

    /// <summary>The code the officer's app shows <paramref name="steps"/> time steps (30 s) from the application's clock.</summary>
    public static string Code(this MotCuaApp app, byte[] secret, int steps = 0) =>
        new Totp(secret).ComputeTotp(app.Clock.GetUtcNow().UtcDateTime.AddSeconds(30 * steps));

    /// <summary>Moves the clock to the next time step, so that the code used last is not the current one.</summary>
    public static void NextStep(this MotCuaApp app) => app.Clock.Advance(TimeSpan.FromSeconds(30));

    /// <summary>Signs in through the page (password only) and turns two-factor sign-in on as the page asks.</summary>
    public static async Task<Enrolment> EnrolAsync(this MotCuaApp app, string userName)
    {
        var browser = await CitizenPages.OfficerBrowserAsync(app, userName, Password);
        var (ticket, secret) = await SetupAsync(browser);
        var page = await browser.ConfirmAsync(ticket, app.Code(secret));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = RecoveryCode().Matches(await page.Content.ReadAsStringAsync(Ct)).Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);
        return new Enrolment(userName, secret, codes, browser);
    }

    /// <summary>The enrolment page's ticket and the secret its typed key spells.</summary>
    public static async Task<(string Ticket, byte[] Secret)> SetupAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/Account/TwoFactor", Ct);
        var key = ManualKey().Match(page).Groups[1].Value;
        key.ShouldNotBeEmpty(page);
        return (Ticket().Match(page).Groups[1].Value, Base32Encoding.ToBytes(key.Replace(" ", string.Empty, StringComparison.Ordinal)));
    }

    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient browser, string ticket, string code) =>
        browser.PostFormAsync("/Account/TwoFactor", new MultipartFormDataContent { { new StringContent(ticket), "Ticket" }, { new StringContent(code), "Code" } });

    public static Task<HttpResponseMessage> OfficerLoginAsync(this MotCuaApp app, string userName, string? code, string password = Password) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password, code }, Ct);

    /// <summary>A client with the bearer token of a successful login.</summary>
    public static async Task<HttpClient> BearerAsync(this MotCuaApp app, HttpResponseMessage login)
    {
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync(Ct));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The sign-in page's first step, with the password: the code step's ticket.</summary>
    public static async Task<string> PasswordStepAsync(HttpClient browser, string userName)
    {
        var step = await browser.PostFormAsync("/Account/Login", new MultipartFormDataContent { { new StringContent(userName), "userName" }, { new StringContent(Password), "password" } });
        step.StatusCode.ShouldBe(HttpStatusCode.OK);
        var ticket = Ticket().Match(await step.Content.ReadAsStringAsync(Ct)).Groups[1].Value;
        ticket.ShouldNotBeEmpty();
        return ticket;
    }

    public static Task<HttpResponseMessage> CodeStepAsync(HttpClient browser, string ticket, string code) =>
        browser.PostFormAsync("/Account/Login?handler=Code", new MultipartFormDataContent { { new StringContent(ticket), "ticket" }, { new StringContent(code), "code" } });

    public static async Task<string> ProblemTypeAsync(HttpResponseMessage response, HttpStatusCode status) =>
        (await response.ShouldBeProblemAsync(status)).GetProperty("type").GetString()!;

    [GeneratedRegex("id=\"manual-key\"[^>]*>([A-Z2-7 ]+)<")]
    private static partial Regex ManualKey();

    [GeneratedRegex("name=\"[Tt]icket\" value=\"([^\"]+)\"")]
    private static partial Regex Ticket();

    [GeneratedRegex("<li><code>([a-z0-9]{5}-[a-z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCode();
}
