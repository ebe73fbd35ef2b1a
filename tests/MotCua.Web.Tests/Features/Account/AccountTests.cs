using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Account;

public abstract class AccountTests(MotCuaApp app) : ProviderTests(app)
{
    [Theory]
    [InlineData("admin", "administrator", "TINH")]
    [InlineData("ksttthc", "ksttOfficer", "TINH")]
    [InlineData("tiepnhan", "receptionist", "PL-MC")]
    [InlineData("chuyenvien", "specialist", "PL-TP")]
    [InlineData("lanhdao", "leader", "PL")]
    [InlineData("tiepnhan.xa", "receptionist", "PL-LONGTHUY-MC")]
    public async Task Every_demo_account_signs_in_with_its_role_and_unit(string userName, string role, string unit)
    {
        var client = await App.SignedInAsync(userName);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);

        me.GetProperty("userName").GetString().ShouldBe(userName);
        me.GetProperty("roles").EnumerateArray().ShouldContain(r => r.GetProperty("role").GetString() == role && r.GetProperty("unitCode").GetString() == unit);
    }

    [Fact]
    public async Task A_leader_sees_his_district_and_every_unit_below_a_receptionist_only_his_desk()
    {
        var leader = await (await App.SignedInAsync("lanhdao")).GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);
        var receptionist = await (await App.SignedInAsync("tiepnhan")).GetFromJsonAsync<JsonElement>("/api/v1/me", Ct);

        var leaderScope = leader.GetProperty("scopeUnitCodes").EnumerateArray().Select(u => u.GetString()).ToList();
        leaderScope.ShouldContain("PL");
        leaderScope.ShouldContain("PL-TP");
        leaderScope.ShouldContain("PL-LONGTHUY-MC");
        leaderScope.ShouldNotContain("BGM");
        leaderScope.ShouldNotContain("TINH");
        receptionist.GetProperty("scopeUnitCodes").EnumerateArray().Select(u => u.GetString()).ShouldBe(["PL-MC"]);
    }

    [Fact]
    public async Task Login_answers_a_bearer_token_with_its_lifetime()
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = MotCuaApp.DemoPassword }, Ct);

        var token = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        token.GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
        token.GetProperty("expiresIn").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem_and_me_needs_a_token()
    {
        var client = App.CreateClient();

        var problem = await (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password = "sai-mat-khau" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().ShouldBe("Tên đăng nhập hoặc mật khẩu không đúng.");
        await (await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "", password = "" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_administrator_changes_the_roles_and_password_of_an_existing_officer()
    {
        var admin = await App.SignedInAsync("admin");
        var userName = $"cb{Guid.NewGuid():N}"[..12];
        object Officer(string password, params object[] roles) => new { userName, fullName = "Trần Văn Cũ", password, roles };
        (await admin.PutAsJsonAsync("/api/v1/officers", Officer("MatKhauRatDai1", new { role = "specialist", unitCode = "PL-TNMT" }), Ct)).EnsureSuccessStatusCode();

        var changed = await admin.PutAsJsonAsync("/api/v1/officers",
            Officer("MatKhauMoiDai2", new { role = "specialist", unitCode = "PL-TNMT" }, new { role = "leader", unitCode = "PL" }), Ct);
        var again = await admin.PutAsJsonAsync("/api/v1/officers", Officer("", new { role = "leader", unitCode = "PL" }), Ct);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync(Ct));
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync(Ct));
        (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("role").GetString()).ShouldBe(["leader"]);
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "MatKhauMoiDai2" }, Ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        var me = App.CreateClient();
        me.DefaultRequestHeaders.Authorization = new("Bearer", token);
        (await me.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("unitCode").GetString()).ShouldBe(["PL"]);
    }

    [Fact]
    public async Task An_administrator_creates_an_officer_who_can_then_sign_in()
    {
        var admin = await App.SignedInAsync("admin");
        var userName = $"cb{Guid.NewGuid():N}"[..12];

        var created = await admin.PutAsJsonAsync("/api/v1/officers", new
        {
            userName, fullName = "Nguyễn Thị Mới", password = "MatKhauRatDai1", phone = "0912345678",
            roles = new[] { new { role = "specialist", unitCode = "PL-TNMT" } },
        }, Ct);

        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync(Ct));
        var login = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password = "MatKhauRatDai1" }, Ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bad = await admin.PutAsJsonAsync("/api/v1/officers", new { userName = "x", fullName = "", password = "ngan", phone = "123", roles = new[] { new { role = "leader", unitCode = "NOWHERE" } } }, Ct);
        (await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["userName", "fullName", "password", "phone", "roles[0].unitCode"], ignoreOrder: true);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app);

[Collection(PostgresGroup.Name)]
public sealed class AccountTestsOnPostgres(PostgresApp app) : AccountTests(app);
