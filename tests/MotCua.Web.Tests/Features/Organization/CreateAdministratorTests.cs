using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using MotCua.Web.Tests.Backups;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

/// <summary>
/// <c>create-administrator</c> run as an operator runs it (another process) on a new database the application prepared
/// without demo data: the root unit and an administrator who signs in and reaches an administrator-only API.
/// </summary>
public abstract class CreateAdministratorTests(string provider) : IAsyncLifetime
{
    private const string Password = "Quản trị 2026!";
    private RestoreTarget target = null!;
    private WebApplicationFactory<Program> app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        target = await RestoreTarget.CreateAsync(provider);

        // Sessions checked against the database on every request: the command runs in another process, as another node would.
        app = target.Start(("Security:SessionCheckSeconds", "0"));
        app.CreateClient().Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await target.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task On_a_database_without_units_it_creates_the_province_and_an_administrator_who_signs_in()
    {
        var run = await (target.Command with { Input = Password + "\n" }).RunAsync(Arguments("quantri", "UBND-TINH"));

        run.ExitCode.ShouldBe(0, run.Errors);
        run.Output.ShouldContain("quantri");
        var client = await SignInAsync("quantri", Password);
        (await client.GetAsync("/api/v1/officers", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var units = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);
        units.ToString().ShouldContain("Ủy ban nhân dân tỉnh Bình Phước");
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_nothing_is_written()
    {
        var run = await WithPassword("ngan").RunAsync(Arguments("quantri", "UBND-TINH"));

        run.ExitCode.ShouldBe(1);
        run.Errors.ShouldContain("Mật khẩu tối thiểu 10 ký tự");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        (await db.Units.CountAsync(Ct)).ShouldBe(0);
        (await db.Officers.CountAsync(Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task Once_units_exist_an_unknown_unit_code_is_refused_instead_of_a_second_root()
    {
        (await WithPassword(Password).RunAsync(Arguments("quantri", "UBND-TINH"))).ExitCode.ShouldBe(0);

        var run = await WithPassword(Password).RunAsync(Arguments("quantri2", "UBND-KHAC"));

        run.ExitCode.ShouldBe(1);
        run.Errors.ShouldContain("không tạo thêm đơn vị gốc");
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().Units.CountAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task An_existing_user_name_is_refused_unless_his_password_is_reset_which_ends_his_sessions()
    {
        (await WithPassword(Password).RunAsync(Arguments("quantri", "UBND-TINH"))).ExitCode.ShouldBe(0);
        var before = await SignInAsync("quantri", Password);
        (await before.GetAsync("/api/v1/officers", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await WithPassword("Mật khẩu mới 2026").RunAsync(Arguments("quantri", "UBND-TINH"));
        refused.ExitCode.ShouldBe(1);
        refused.Errors.ShouldContain("--resetPassword true");
        (await before.GetAsync("/api/v1/officers", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reset = await WithPassword("Mật khẩu mới 2026").RunAsync([.. Arguments("quantri", "UBND-TINH"), "--resetPassword", "true"]);

        reset.ExitCode.ShouldBe(0, reset.Errors);
        (await before.GetAsync("/api/v1/officers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Login("quantri", Password)).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var after = await SignInAsync("quantri", "Mật khẩu mới 2026");
        (await after.GetAsync("/api/v1/officers", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string[] Arguments(string user, string unitCode) =>
        ["create-administrator", "--user", user, "--fullName", "Nguyễn Văn Quản", "--unitCode", unitCode, "--unitName", "Ủy ban nhân dân tỉnh Bình Phước"];

    private AppCommand WithPassword(string password) =>
        target.Command with { Variables = new Dictionary<string, string> { ["MOTCUA_ADMIN_PASSWORD"] = password } };

    private Task<HttpResponseMessage> Login(string userName, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { userName, password }, Ct);

    private async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var login = await Login(userName, password);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class CreateAdministratorTestsOnSqlite() : CreateAdministratorTests("Sqlite");

public sealed class CreateAdministratorTestsOnPostgres() : CreateAdministratorTests("Postgres");
