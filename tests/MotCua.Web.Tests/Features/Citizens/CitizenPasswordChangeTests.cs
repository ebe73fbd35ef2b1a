using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>A signed-in citizen changes his password with the current one; the new one follows the password rule.</summary>
public abstract class CitizenPasswordChangeTests(MotCuaApp app) : ProviderTests(app)
{
    private const string NewPassword = "Mua mua o Phuoc Long";

    [Fact]
    public async Task A_citizen_changes_his_password_with_the_current_one_and_gets_a_token_under_a_new_security_stamp()
    {
        var (client, citizen) = await App.CitizenAsync();
        var stamp = await StampAsync(citizen);

        var changed = await client.PutAsJsonAsync("/api/v1/citizens/me/password", new { currentPassword = CitizenRequests.Password, newPassword = NewPassword }, Ct);

        var renewed = await App.WithTokenAsync(changed);
        (await renewed.GetAsync("/api/v1/citizens/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StampAsync(citizen)).ShouldNotBe(stamp);
        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.LoginAsync(citizen["email"], NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_weak_new_one_is_a_400_naming_each_and_changes_nothing()
    {
        var (client, citizen) = await App.CitizenAsync();

        var problem = await (await client.PutAsJsonAsync("/api/v1/citizens/me/password", new { currentPassword = "Khong phai mat khau", newPassword = "password" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().Order().ShouldBe(["currentPassword", "newPassword"]);
        var own = await (await client.PutAsJsonAsync("/api/v1/citizens/me/password", new { currentPassword = CitizenRequests.Password, newPassword = "xx" + citizen["phone"] }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        own.ErrorMessages().ShouldBe(["Mật khẩu không được chứa họ tên, thư điện tử, số điện thoại hoặc số định danh của chính ông/bà."]);
        await (await App.CreateClient().PutAsJsonAsync("/api/v1/citizens/me/password", new { currentPassword = CitizenRequests.Password, newPassword = NewPassword }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_account_page_changes_the_password_and_keeps_the_citizen_signed_in()
    {
        var (_, citizen) = await App.CitizenAsync();
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);

        var wrong = await browser.PostFormAsync("/cong-dan/tai-khoan?handler=Password", Form("Sai mat khau roi", NewPassword));
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("Mật khẩu hiện tại không đúng.");
        var changed = await browser.PostFormAsync("/cong-dan/tai-khoan?handler=Password", Form(CitizenRequests.Password, NewPassword));

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadAsStringAsync(Ct)).ShouldContain("Đã đổi mật khẩu.");
        (await browser.GetAsync("/cong-dan/ho-so", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.LoginAsync(citizen["phone"], NewPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static MultipartFormDataContent Form(string current, string next) => new()
    {
        { new StringContent(current), "Password.CurrentPassword" },
        { new StringContent(next), "Password.NewPassword" },
    };

    private Task<Guid> StampAsync(Dictionary<string, string?> citizen) =>
        App.QueryAsync(db => db.Citizens.Where(c => c.Email == citizen["email"]).Select(c => c.SecurityStamp).SingleAsync(Ct));
}

[Collection(SqliteGroup.Name)]
public sealed class CitizenPasswordChangeTestsOnSqlite(SqliteApp app) : CitizenPasswordChangeTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CitizenPasswordChangeTestsOnPostgres(PostgresApp app) : CitizenPasswordChangeTests(app);
