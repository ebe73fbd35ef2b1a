using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Features.Account;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;
using static MotCua.Web.Tests.Features.Account.TwoFactorSteps;

namespace MotCua.Web.Tests.Features.Account;

/// <summary>
/// Issue 14, two-factor sign-in for officers (TOTP, RFC 6238): set up with a code, then asked at every sign-in, each
/// code used once, a step of drift either way, recovery codes once each, wrong codes counted toward the lock. The
/// clock is the test's: codes are computed from it and it moves by whole 30-second steps.
/// </summary>
public abstract class TwoFactorTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Enrolment_refuses_a_wrong_code_keeps_the_same_key_and_turns_on_with_the_right_one()
    {
        var userName = await App.NewOfficerAsync();
        var browser = await CitizenPages.OfficerBrowserAsync(App, userName, Password);
        var (ticket, secret) = await SetupAsync(browser);

        var refused = await browser.ConfirmAsync(ticket, App.Code(secret, steps: 5));
        var again = await refused.Content.ReadAsStringAsync(Ct);
        var confirmed = await browser.ConfirmAsync(ticket, App.Code(secret));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.ShouldContain("Mã xác thực không đúng");
        again.ShouldContain(AuthenticatorKeys.ManualKey(secret));
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await confirmed.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Xác thực hai lớp đang bật");
        page.ShouldNotContain(AuthenticatorKeys.ManualKey(secret));
        (await browser.GetStringAsync("/Account/TwoFactor", Ct)).ShouldNotContain(AuthenticatorKeys.ManualKey(secret));
        var listed = await (await App.SignedInAsync("admin")).GetFromJsonAsync<JsonElement>($"/api/v1/officers?q={userName}", Ct);
        listed.GetProperty("items")[0].GetProperty("twoFactor").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_API_asks_for_the_code_takes_it_in_the_login_body_and_refuses_it_a_second_time()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        App.NextStep();

        var withoutCode = await App.OfficerLoginAsync(officer.UserName, code: null);
        var code = App.Code(officer.Secret);
        var first = await App.OfficerLoginAsync(officer.UserName, code);
        var replayed = await App.OfficerLoginAsync(officer.UserName, code);

        var problem = await withoutCode.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("type").GetString().ShouldBe("/problems/two-factor-required");
        problem.Title().ShouldBe("Cần mã xác thực hai lớp");
        problem.GetProperty("detail").GetString()!.ShouldContain("\"code\"");
        var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await english.PostAsJsonAsync("/api/v1/auth/login", new { userName = officer.UserName, password = Password }, Ct);
        (await inEnglish.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).Title().ShouldBe("Two-factor code required");
        var client = await App.BearerAsync(first);
        (await client.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ProblemTypeAsync(replayed, HttpStatusCode.Unauthorized)).ShouldBe("/problems/invalid-credentials");
    }

    [Fact]
    public async Task A_code_of_the_step_before_or_after_passes_two_steps_away_does_not()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        App.NextStep();
        App.NextStep();
        App.NextStep();

        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret, steps: -2))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret, steps: 2))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret, steps: -1))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret, steps: 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The step after was used: the current one, earlier, is refused too.
        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_page_asks_for_the_code_in_a_second_step_before_which_nobody_is_signed_in()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        App.NextStep();
        var browser = CitizenPages.Browser(App);

        var ticket = await PasswordStepAsync(browser, officer.UserName);
        var between = await browser.GetAsync("/api/v1/me", Ct);
        var wrong = await CodeStepAsync(browser, ticket, App.Code(officer.Secret, steps: 3));
        var right = await CodeStepAsync(browser, ticket, App.Code(officer.Secret));

        between.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("Mã xác thực không đúng");
        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_code_step_ends_after_five_minutes_and_with_a_forged_ticket()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        var browser = CitizenPages.Browser(App);
        var ticket = await PasswordStepAsync(browser, officer.UserName);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var late = await CodeStepAsync(browser, ticket, App.Code(officer.Secret));
        var forged = await CodeStepAsync(browser, ticket[..^4] + "AAAA", App.Code(officer.Secret));

        late.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var page = await late.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("Bước đăng nhập đã hết hạn");
        page.ShouldContain("id=\"password\"");
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await browser.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_however_it_is_typed()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        var code = officer.RecoveryCodes[3];

        var first = await App.OfficerLoginAsync(officer.UserName, " " + code.ToUpperInvariant().Replace("-", " ", StringComparison.Ordinal));
        var again = await App.OfficerLoginAsync(officer.UserName, code);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.OfficerLoginAsync(officer.UserName, officer.RecoveryCodes[4])).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.Browser.GetStringAsync("/Account/TwoFactor", Ct)).ShouldContain("Còn 8 mã khôi phục");
    }

    [Fact]
    public async Task Wrong_codes_lock_the_account_and_the_password_alone_does_not_start_the_count_again()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        App.NextStep();
        for (var i = 0; i < 4; i++)
        {
            (await App.OfficerLoginAsync(officer.UserName, $"00000{i}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await ProblemTypeAsync(await App.OfficerLoginAsync(officer.UserName, code: null), HttpStatusCode.Unauthorized)).ShouldBe("/problems/two-factor-required");
        (await App.OfficerLoginAsync(officer.UserName, "000009")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        App.Clock.Advance(TimeSpan.FromMinutes(15));
        (await App.OfficerLoginAsync(officer.UserName, App.Code(officer.Secret))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Turning_it_on_ends_his_other_sessions_and_keeps_the_one_that_did()
    {
        var userName = await App.NewOfficerAsync();
        var before = await App.BearerAsync(await App.OfficerLoginAsync(userName, code: null));

        var officer = await App.EnrolAsync(userName);

        await (await before.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await officer.Browser.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task New_recovery_codes_void_the_old_and_turning_it_off_needs_a_current_code()
    {
        var officer = await App.EnrolAsync(await App.NewOfficerAsync());
        App.NextStep();

        var renewed = await officer.Browser.PostFormAsync("/Account/TwoFactor?handler=Renew", new MultipartFormDataContent { { new StringContent(App.Code(officer.Secret)), "Code" } });

        renewed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await renewed.Content.ReadAsStringAsync(Ct)).ShouldContain("Mã khôi phục của bạn");
        (await App.OfficerLoginAsync(officer.UserName, officer.RecoveryCodes[0])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        App.NextStep();
        var refused = await officer.Browser.PostFormAsync("/Account/TwoFactor?handler=Disable", new MultipartFormDataContent { { new StringContent("123456"), "Code" } });
        var disabled = await officer.Browser.PostFormAsync("/Account/TwoFactor?handler=Disable", new MultipartFormDataContent { { new StringContent(App.Code(officer.Secret)), "Code" } });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await disabled.Content.ReadAsStringAsync(Ct)).ShouldContain("Đã tắt xác thực hai lớp");
        (await officer.Browser.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.OfficerLoginAsync(officer.UserName, code: null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteTwoFactorGroup.Name)]
public sealed class TwoFactorTestsOnSqlite(SqliteTwoFactorApp app) : TwoFactorTests(app);

[Collection(PostgresTwoFactorGroup.Name)]
public sealed class TwoFactorTestsOnPostgres(PostgresTwoFactorApp app) : TwoFactorTests(app);
