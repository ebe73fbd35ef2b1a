using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Security;

/// <summary>
/// Issue 14, finding 2: a session, bearer token or cookie, ends on the next request once the officer is deactivated,
/// his password is changed or his grants change; an edit that changes none of these leaves it alone.
/// </summary>
public abstract class SessionRevocationTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Password = "MatKhauRatDai1";

    public static TheoryData<string> Revocations => ["deactivated", "password", "roles"];

    [Theory]
    [MemberData(nameof(Revocations))]
    public async Task A_revoked_officer_is_out_on_his_next_request_with_token_and_cookie(string revocation)
    {
        var userName = await CreateOfficerAsync();
        var bearer = await BearerAsync(userName);
        var cookie = await CitizenPages.OfficerBrowserAsync(App, userName, Password);
        (await bearer.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await cookie.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SaveAsync(userName, revocation switch
        {
            "deactivated" => Officer(userName, isActive: false),
            "password" => Officer(userName, password: "MotMatKhauKhac2"),
            _ => Officer(userName, roles: [new { role = "receptionist", unitCode = "PL-MC" }]),
        });

        await (await bearer.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await cookie.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var page = await cookie.GetAsync("/Dossiers", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task An_edit_that_keeps_password_status_and_grants_keeps_the_session()
    {
        var userName = await CreateOfficerAsync();
        var bearer = await BearerAsync(userName);

        await SaveAsync(userName, Officer(userName, phone: "0912000111"));

        var me = await bearer.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        me.GetProperty("userName").GetString().ShouldBe(userName);
    }

    [Fact]
    public async Task Signing_in_again_after_a_password_change_works_with_the_new_password_only()
    {
        var userName = await CreateOfficerAsync();
        await SaveAsync(userName, Officer(userName, password: "MotMatKhauKhac2"));

        (await Login(userName, Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await BearerAsync(userName, "MotMatKhauKhac2");
        (await again.GetAsync("/api/v1/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_citizen_who_changes_his_password_ends_his_other_sessions_and_keeps_the_new_one()
    {
        var (other, citizen) = await App.CitizenAsync();
        var device = App.CreateClient();
        device.DefaultRequestHeaders.Authorization = other.DefaultRequestHeaders.Authorization;

        var changed = await other.PutAsJsonAsync("/api/v1/citizens/me/password", new { currentPassword = CitizenRequests.Password, newPassword = "Bun bo Hue luc 6 gio sang" }, Ct);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Ct));
        await (await device.GetAsync("/api/v1/citizens/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var renewed = App.CreateClient();
        renewed.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await changed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        (await renewed.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me", Ct)).GetProperty("email").GetString().ShouldBe(citizen["email"]);
    }

    private static object Officer(string userName, bool isActive = true, string? password = null, string phone = "0912345678", object[]? roles = null) => new
    {
        userName, fullName = "Trần Văn Thu Hồi", password, phone, isActive,
        roles = roles ?? [new { role = "specialist", unitCode = "PL-TNMT" }, new { role = "specialist", unitCode = "PL-TP" }],
    };

    private async Task<string> CreateOfficerAsync()
    {
        var userName = $"th{Guid.NewGuid():N}"[..12];
        await SaveAsync(userName, Officer(userName, password: Password));
        return userName;
    }

    private async Task SaveAsync(string userName, object officer)
    {
        var saved = await (await App.SignedInAsync("admin")).PutAsJsonAsync("/api/v1/officers", officer, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, $"{userName}: {await saved.Content.ReadAsStringAsync(Ct)}");
    }

    private Task<HttpResponseMessage> Login(string userName, string password) =>
        App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, Ct);

    private async Task<HttpClient> BearerAsync(string userName, string password = Password)
    {
        var login = await Login(userName, password);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SessionRevocationTestsOnSqlite(SqliteApp app) : SessionRevocationTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SessionRevocationTestsOnPostgres(PostgresApp app) : SessionRevocationTests(app);
