using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Features.Dossiers;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>
/// A write to the API made with the sign-in cookie must carry the anti-forgery token: another site can make the
/// browser send the cookie, not the token. Bearer callers need none.
/// </summary>
public abstract class CookieApiAntiforgeryTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_citizen_signed_in_with_the_cookie_submits_online_only_with_the_token()
    {
        var citizen = CitizenRequests.NewCitizen();
        (await App.RegisterAsync(citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);

        var forged = await browser.SubmitBirthAsync(CitizenRequests.BothFiles());
        var withToken = CitizenRequests.SubmitRequest(CitizenRequests.BothFiles());
        withToken.Headers.Add("RequestVerificationToken", await browser.AntiforgeryTokenAsync("/cong-dan/ho-so"));

        (await forged.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Title().ShouldBe("Thiếu mã chống giả mạo yêu cầu");
        (await browser.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        await (await browser.SendAsync(withToken, Ct)).SubmittedCodeAsync();
    }

    [Fact]
    public async Task An_officer_signed_in_with_the_cookie_uploads_and_acts_only_with_the_token_a_bearer_caller_without()
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, "tiepnhan");
        const string unknown = "/api/v1/dossiers/KHONG-CO-250303-0001";
        var token = await browser.AntiforgeryTokenAsync("/Dossiers");

        var upload = await browser.PostFileAsync($"{unknown}/attachments", DossierFiles.Pdf(), "scan.pdf", "application/pdf", ("component", "0"));
        var action = await browser.PostAsJsonAsync($"{unknown}/actions/assign", new { }, Ct);
        var english = new HttpRequestMessage(HttpMethod.Post, $"{unknown}/actions/assign") { Content = JsonContent.Create(new { }) };
        english.Headers.AcceptLanguage.ParseAdd("en");
        var withToken = new HttpRequestMessage(HttpMethod.Post, $"{unknown}/actions/assign") { Content = JsonContent.Create(new { }) };
        withToken.Headers.Add("RequestVerificationToken", token);

        (await upload.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Title().ShouldBe("Thiếu mã chống giả mạo yêu cầu");
        (await action.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Title().ShouldBe("Thiếu mã chống giả mạo yêu cầu");
        (await (await browser.SendAsync(english, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Title().ShouldBe("Missing anti-forgery token");
        await (await browser.SendAsync(withToken, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var bearer = await App.SignedInAsync("tiepnhan");
        await (await bearer.PostFileAsync($"{unknown}/attachments", DossierFiles.Pdf(), "scan.pdf", "application/pdf", ("component", "0"))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_officer_signs_out_with_the_form_every_page_carries()
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, "chuyenvien");

        var signedOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await browser.AntiforgeryTokenAsync("/Dossiers"))]), Ct);

        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().ShouldBe("/Account/Login");
        (await browser.GetAsync("/Dossiers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public void Every_endpoint_without_the_framework_form_check_is_an_API_route_the_cookie_check_covers()
    {
        var withoutFormCheck = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(e => e.RoutePattern.RawText!).ToList();

        withoutFormCheck.ShouldNotBeEmpty();
        withoutFormCheck.ShouldAllBe(route => route.StartsWith("/api/"));
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CookieApiAntiforgeryTestsOnSqlite(SqliteApp app) : CookieApiAntiforgeryTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CookieApiAntiforgeryTestsOnPostgres(PostgresApp app) : CookieApiAntiforgeryTests(app);
