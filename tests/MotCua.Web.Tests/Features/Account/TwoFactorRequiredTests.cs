using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;
using static MotCua.Web.Tests.Features.Account.TwoFactorSteps;

namespace MotCua.Web.Tests.Features.Account;

/// <summary>
/// Issue 14: an officer whose role requires a second factor (<see cref="TwoFactorApps.RequiredRole"/> here) and who has
/// none is signed in by the page but kept on the enrolment page, and refused a token by the API, until he sets it up;
/// he may not turn it off. An administrator's reset ends the officer's sessions.
/// </summary>
public abstract class TwoFactorRequiredTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task An_officer_whose_role_requires_it_reaches_only_the_enrolment_page_until_he_has_set_it_up()
    {
        var userName = await App.NewOfficerAsync("ksttOfficer", "PL");

        var api = await App.OfficerLoginAsync(userName, code: null);
        var browser = CitizenPages.Browser(App);
        var signedIn = await browser.PostFormAsync("/Account/Login", new MultipartFormDataContent { { new StringContent(userName), "userName" }, { new StringContent(Password), "password" } });

        var problem = await api.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("type").GetString().ShouldBe("/problems/two-factor-enrolment-required");
        problem.GetProperty("detail").GetString()!.ShouldContain("/Account/TwoFactor");
        signedIn.Headers.Location!.OriginalString.ShouldBe("/Account/TwoFactor");
        foreach (var page in new[] { "/", "/Dossiers", "/Catalog" })
        {
            var kept = await browser.GetAsync(page, Ct);
            kept.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            kept.Headers.Location!.OriginalString.ShouldBe("/Account/TwoFactor");
        }

        (await ProblemTypeAsync(await browser.GetAsync("/api/v1/me", Ct), HttpStatusCode.Forbidden)).ShouldBe("/problems/two-factor-enrolment-required");
        (await browser.GetStringAsync("/Account/TwoFactor", Ct)).ShouldContain("Vai trò của bạn bắt buộc xác thực hai lớp");

        var officer = await App.EnrolAsync(userName);
        (await officer.Browser.GetAsync("/Dossiers", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.NextStep();
        var client = await App.BearerAsync(await App.OfficerLoginAsync(userName, App.Code(officer.Secret)));
        (await client.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_officer_whose_role_requires_it_may_not_turn_it_off()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync("ksttOfficer", "PL"));
        App.NextStep();

        var page = await officer.Browser.GetStringAsync("/Account/TwoFactor", Ct);
        var refused = await officer.Browser.PostFormAsync("/Account/TwoFactor?handler=Disable", new MultipartFormDataContent { { new StringContent(App.Code(officer.Secret)), "Code" } });

        page.ShouldNotContain("handler=Disable");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ProblemTypeAsync(await App.OfficerLoginAsync(officer.UserName, code: null), HttpStatusCode.Unauthorized)).ShouldBe("/problems/two-factor-required");
    }

    [Fact]
    public async Task An_administrator_resets_it_which_ends_the_officers_sessions()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync("ksttOfficer", "PL"));
        App.NextStep();
        var bearer = await App.BearerAsync(await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret)));
        var admin = await App.SignedInAsync("admin");

        (await (await App.SignedInAsync("lanhdao")).PostAsync($"/api/v1/officers/{officer.UserName}/two-factor/reset", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.PostAsync("/api/v1/officers/khong-co-ai/two-factor/reset", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var reset = await admin.PostAsync($"/api/v1/officers/{officer.UserName}/two-factor/reset", null, Ct);

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await bearer.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await officer.Browser.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/officers?q={officer.UserName}", Ct);
        listed.GetProperty("items")[0].GetProperty("twoFactor").GetBoolean().ShouldBeFalse();
        (await App.OfficerLoginAsync(officer.UserName, officer.RecoveryCodes[0])).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Back to the password alone, and to the enrolment page, which shows a new key.
        var again = await CitizenPages.OfficerBrowserAsync(App, officer.UserName, Password);
        var (_, secret) = await SetupAsync(again);
        secret.ShouldNotBe(officer.Secret);
    }

    [Fact]
    public async Task An_administrator_resets_it_from_the_officers_page()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        var admin = await CitizenPages.OfficerBrowserAsync(App, "admin");

        (await admin.GetStringAsync($"/Organization/Officer/{officer.UserName}", Ct)).ShouldContain("Đặt lại xác thực hai lớp");
        var reset = await admin.PostFormAsync($"/Organization/Officer/{officer.UserName}?handler=ResetTwoFactor", []);

        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetStringAsync($"/Organization/Officer/{officer.UserName}", Ct)).ShouldNotContain("Đặt lại xác thực hai lớp");
        (await App.OfficerLoginAsync(officer.UserName, code: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteTwoFactorGroup.Name)]
public sealed class TwoFactorRequiredTestsOnSqlite(SqliteTwoFactorApp app) : TwoFactorRequiredTests(app);

[Collection(PostgresTwoFactorGroup.Name)]
public sealed class TwoFactorRequiredTestsOnPostgres(PostgresTwoFactorApp app) : TwoFactorRequiredTests(app);
