using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>A forgotten password: a single-use, short-lived code through the outbox, then a new password; nothing tells who has an account.</summary>
public abstract partial class CitizenPasswordResetTests(MotCuaApp app) : ProviderTests(app)
{
    private const string NewPassword = "Di bo quanh ho Long Thuy";

    [Fact]
    public async Task A_request_answers_the_same_for_an_unknown_contact_and_queues_a_code_only_to_the_account_s_e_mail_or_phone_as_typed()
    {
        var (_, citizen) = await App.CitizenAsync();

        var known = await RequestAsync(citizen["email"]!.ToUpperInvariant());
        var unknown = await RequestAsync("khongco@example.vn");

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await known.Content.ReadAsStringAsync(Ct)).ShouldBe(await unknown.Content.ReadAsStringAsync(Ct));
        (await MessagesToAsync("khongco@example.vn")).ShouldBeEmpty();
        var mail = (await MessagesToAsync(citizen["email"]!)).ShouldHaveSingleItem();
        mail.Channel.ShouldBe("email");
        mail.Body.ShouldContain("Mã đặt lại mật khẩu");
        (await MessagesToAsync(citizen["phone"]!)).ShouldBeEmpty();

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await RequestAsync("+84 " + citizen["phone"]![1..]);
        (await MessagesToAsync(citizen["phone"]!)).ShouldHaveSingleItem().Channel.ShouldBe("sms");
    }

    [Fact]
    public async Task The_code_sets_a_new_password_once_and_the_old_password_and_security_stamp_are_gone()
    {
        var (_, citizen) = await App.CitizenAsync();
        var stamp = await StampAsync(citizen);
        var code = await CodeAsync(citizen["email"]!);

        (await ConfirmAsync(citizen["email"]!, code, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.LoginAsync(citizen["phone"], NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StampAsync(citizen)).ShouldNotBe(stamp);
        var again = await (await ConfirmAsync(citizen["email"]!, code, "Mot mat khau khac nua")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        again.ErrorKeys().ShouldBe(["code"]);
        (await App.LoginAsync(citizen["email"], NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_code_expires_after_15_minutes()
    {
        var (_, citizen) = await App.CitizenAsync();
        var code = await CodeAsync(citizen["phone"]!);

        App.Clock.Advance(TimeSpan.FromMinutes(15));

        (await (await ConfirmAsync(citizen["phone"]!, code, NewPassword)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["code"]);
        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_five_wrong_codes_even_the_right_one_is_refused_and_an_unknown_account_answers_as_a_wrong_code()
    {
        var (_, citizen) = await App.CitizenAsync();
        var code = await CodeAsync(citizen["email"]!);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            (await ConfirmAsync(citizen["email"]!, wrong, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var refused = await (await ConfirmAsync(citizen["email"]!, code, NewPassword)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unknown = await (await ConfirmAsync("khongco@example.vn", code, NewPassword)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        unknown.ErrorMessages().ShouldBe(refused.ErrorMessages());
        unknown.ErrorKeys().ShouldBe(["code"]);
        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_code_is_not_sent_within_a_minute_and_once_sent_it_voids_the_earlier_one()
    {
        var (_, citizen) = await App.CitizenAsync();
        var first = await CodeAsync(citizen["email"]!);

        await RequestAsync(citizen["email"]!);
        (await MessagesToAsync(citizen["email"]!)).Count.ShouldBe(1);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await CodeAsync(citizen["email"]!);

        if (first != second)
        {
            (await ConfirmAsync(citizen["email"]!, first, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await ConfirmAsync(citizen["email"]!, second, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_in_Vietnamese_and_English_and_the_code_still_serves()
    {
        var (_, citizen) = await App.CitizenAsync();
        var code = await CodeAsync(citizen["email"]!);

        var weak = await (await ConfirmAsync(citizen["email"]!, code, "matkhau123")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        weak.ErrorKeys().ShouldBe(["newPassword"]);
        weak.ErrorMessages().ShouldContain(m => m.Contains("quá phổ biến"));
        var english = App.CreateClient();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var own = await (await english.PostAsJsonAsync("/api/v1/citizens/password-reset/confirm", new { login = citizen["email"], code, newPassword = citizen["email"] }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        own.ErrorMessages().ShouldContain(m => m.Contains("must not contain your own name, e-mail"));

        (await ConfirmAsync(citizen["email"]!, code, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_forgotten_password_page_sends_a_code_then_sets_the_new_password()
    {
        var (_, citizen) = await App.CitizenAsync();
        var browser = CitizenPages.Browser(App);

        var sent = await browser.PostFormAsync("/cong-dan/quen-mat-khau", new MultipartFormDataContent { { new StringContent(citizen["phone"]!), "Login" } });
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadAsStringAsync(Ct)).ShouldContain("một mã 6 chữ số vừa được gửi tới đó");
        var code = Code().Match((await MessagesToAsync(citizen["phone"]!)).Single().Body).Value;
        var form = new MultipartFormDataContent { { new StringContent(citizen["phone"]!), "Confirm.Login" }, { new StringContent(code), "Confirm.Code" }, { new StringContent("12345678910"), "Confirm.NewPassword" } };
        var weak = await browser.PostFormAsync("/cong-dan/quen-mat-khau?handler=Confirm", form);
        weak.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await weak.Content.ReadAsStringAsync(Ct)).ShouldContain("aria-invalid=\"true\"");
        form = new MultipartFormDataContent { { new StringContent(citizen["phone"]!), "Confirm.Login" }, { new StringContent(code), "Confirm.Code" }, { new StringContent(NewPassword), "Confirm.NewPassword" } };
        var done = await browser.PostFormAsync("/cong-dan/quen-mat-khau?handler=Confirm", form);

        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await done.Content.ReadAsStringAsync(Ct)).ShouldContain("Đã đặt mật khẩu mới.");
        (await App.LoginAsync(citizen["phone"], NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await CitizenPages.Browser(App).GetAsync("/cong-dan/dang-nhap", Ct)).Content.ReadAsStringAsync(Ct)).ShouldContain("href=\"/cong-dan/quen-mat-khau\"");
    }

    private Task<HttpResponseMessage> RequestAsync(string login) =>
        App.CreateClient().PostAsJsonAsync("/api/v1/citizens/password-reset", new { login }, Ct);

    private Task<HttpResponseMessage> ConfirmAsync(string login, string code, string newPassword) =>
        App.CreateClient().PostAsJsonAsync("/api/v1/citizens/password-reset/confirm", new { login, code, newPassword }, Ct);

    /// <summary>Asks for a code for <paramref name="login"/> and reads it from the newest message queued to him.</summary>
    private async Task<string> CodeAsync(string login)
    {
        (await RequestAsync(login)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return Code().Match((await MessagesToAsync(login)).Last().Body).Value;
    }

    private Task<List<Message>> MessagesToAsync(string recipient) => App.QueryAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.Key.StartsWith("password-reset|") && m.Recipient == recipient).OrderBy(m => m.Id)
        .Select(m => new Message(m.Channel, m.Body)).ToListAsync(Ct));

    private Task<Guid> StampAsync(Dictionary<string, string?> citizen) =>
        App.QueryAsync(db => db.Citizens.Where(c => c.Email == citizen["email"]).Select(c => c.SecurityStamp).SingleAsync(Ct));

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    private sealed record Message(string Channel, string Body);
}

[Collection(SqliteGroup.Name)]
public sealed class CitizenPasswordResetTestsOnSqlite(SqliteApp app) : CitizenPasswordResetTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CitizenPasswordResetTestsOnPostgres(PostgresApp app) : CitizenPasswordResetTests(app);
