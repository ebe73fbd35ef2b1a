using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>
/// Citizen accounts: registration rules (the password rule among them), one account per contact, a declared ID number
/// that locks no one out, sign-in by e-mail or phone, and no way into officers' work.
/// </summary>
public abstract class CitizenAccountTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_citizen_registers_and_signs_in_by_e_mail_and_by_phone_written_any_way()
    {
        var citizen = CitizenRequests.NewCitizen();

        var registered = await App.RegisterAsync(citizen);

        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        registered.Headers.Location!.ToString().ShouldBe("/api/v1/citizens/me");
        var profile = await registered.Content.ReadFromJsonAsync<JsonElement>(Ct);
        profile.GetProperty("idNumber").GetString().ShouldBe(citizen["idNumber"]);
        profile.GetProperty("idNumberVerified").GetBoolean().ShouldBeFalse();
        profile.TryGetProperty("passwordHash", out _).ShouldBeFalse();
        (await App.LoginAsync(citizen["email"]!.ToUpperInvariant())).StatusCode.ShouldBe(HttpStatusCode.OK);
        var byPhone = await App.LoginAsync("+84 " + citizen["phone"]![1..]);
        byPhone.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = (await byPhone.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me", Ct);
        me.GetProperty("fullName").GetString().ShouldBe("Trần Thị Bình");
        me.GetProperty("phone").GetString().ShouldBe(citizen["phone"]);
    }

    [Fact]
    public async Task Registration_needs_a_12_digit_CCCD_a_contact_a_valid_phone_and_a_long_enough_password()
    {
        var citizen = CitizenRequests.NewCitizen();
        citizen["idNumber"] = "123456789";
        citizen["email"] = null;
        citizen["phone"] = "12345";
        citizen["password"] = "ngan";
        citizen["fullName"] = " ";

        var problem = await (await App.RegisterAsync(citizen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().Order().ShouldBe(["fullName", "idNumber", "password", "phone"]);
        problem.ErrorMessages().ShouldContain(m => m.Contains("CCCD 12 chữ số"));

        citizen = CitizenRequests.NewCitizen();
        (citizen["email"], citizen["phone"]) = (null, null);
        (await (await App.RegisterAsync(citizen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorKeys().ShouldBe(["email"]);
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("password123")]
    [InlineData("Matkhau@2025")]
    [InlineData("TranThiBinh1990")]
    public async Task Registration_refuses_a_common_password_or_one_made_of_the_account_s_own_data(string password)
    {
        var citizen = CitizenRequests.NewCitizen();
        citizen["password"] = password;

        var problem = await (await App.RegisterAsync(citizen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["password"]);
        (await App.LoginAsync(citizen["email"], password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registration_refuses_the_account_s_e_mail_or_ID_number_as_password_in_Vietnamese_and_English()
    {
        var citizen = CitizenRequests.NewCitizen();
        citizen["password"] = citizen["email"];
        var problem = await (await App.RegisterAsync(citizen)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorMessages().ShouldBe(["Mật khẩu không được chứa họ tên, thư điện tử, số điện thoại hoặc số định danh của chính ông/bà."]);

        citizen["password"] = "cccd " + citizen["idNumber"];
        var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await client.PostAsJsonAsync("/api/v1/citizens", citizen, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        english.ErrorMessages().ShouldBe(["The password must not contain your own name, e-mail, phone number or ID number."]);
    }

    [Fact]
    public async Task An_e_mail_or_phone_already_registered_is_a_409_naming_it_and_English_on_request()
    {
        var first = CitizenRequests.NewCitizen();
        (await App.RegisterAsync(first)).StatusCode.ShouldBe(HttpStatusCode.Created);

        foreach (var field in new[] { "email", "phone" })
        {
            var second = CitizenRequests.NewCitizen();
            second[field] = field == "email" ? first[field]!.ToUpperInvariant() : first[field];
            var problem = await (await App.RegisterAsync(second)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
            problem.ErrorKeys().ShouldBe([field]);
        }

        var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var english = await (await client.PostAsJsonAsync("/api/v1/citizens", first, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        english.Title().ShouldBe("Account already exists");
    }

    [Fact]
    public async Task An_ID_number_someone_else_declared_first_does_not_lock_its_holder_out_of_registering()
    {
        var squatter = CitizenRequests.NewCitizen();
        (await App.RegisterAsync(squatter)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var holder = CitizenRequests.NewCitizen();
        holder["idNumber"] = squatter["idNumber"];

        var registered = await App.RegisterAsync(holder);

        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        (await registered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("idNumberVerified").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task The_demo_citizen_signs_in_and_finds_the_documents_and_results_of_her_two_earlier_dossiers_to_reuse()
    {
        var login = await App.LoginAsync("congdan@example.vn", MotCuaApp.DemoPassword);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());

        var documents = await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct);

        documents.EnumerateArray().Select(d => d.GetProperty("dossierCode").GetString()).Distinct().Count().ShouldBe(2);
        documents.GetArrayLength().ShouldBe(6);
        (await App.LoginAsync("0987 000 111", MotCuaApp.DemoPassword)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me", Ct)).GetProperty("idNumberVerified").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_password_or_an_unknown_contact_is_a_401()
    {
        var (_, citizen) = await App.CitizenAsync();

        await (await App.LoginAsync(citizen["email"], "SaiMatKhau1")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await App.LoginAsync("khongco@example.vn")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await App.LoginAsync(null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_citizen_changes_his_contact_but_not_to_another_account_s()
    {
        var (client, citizen) = await App.CitizenAsync();
        var (_, other) = await App.CitizenAsync();

        var taken = await client.PutAsJsonAsync("/api/v1/citizens/me", new { email = other["email"], phone = citizen["phone"], address = "x" }, Ct);
        (await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict)).ErrorKeys().ShouldBe(["email"]);

        var saved = await client.PutAsJsonAsync("/api/v1/citizens/me", new { email = (string?)null, phone = citizen["phone"], address = "Thác Mơ" }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.LoginAsync(citizen["email"])).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await App.LoginAsync(citizen["phone"])).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_citizen_never_passes_the_officer_policy_and_an_officer_is_not_a_citizen()
    {
        var (citizen, _) = await App.CitizenAsync();

        await (await citizen.GetAsync("/api/v1/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await citizen.GetAsync("/api/v1/dossiers", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await citizen.GetAsync($"/api/v1/dossiers/{await App.ReceiveBirthAsync()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await citizen.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await citizen.GetAsync("/api/v1/officers", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await citizen.GetAsync("/Dossiers", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var officer = await App.SignedInAsync("tiepnhan.xa");
        await (await officer.GetAsync("/api/v1/citizens/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await officer.GetAsync("/api/v1/citizens/me/dossiers", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await App.CreateClient().GetAsync("/api/v1/citizens/me/dossiers", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task In_the_browser_a_signed_in_citizen_is_sent_away_from_officer_pages_and_anonymous_visitors_to_the_citizen_sign_in()
    {
        var (_, citizen) = await App.CitizenAsync();
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["phone"]!);

        var desk = await browser.GetAsync("/Dossiers", Ct);
        desk.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        desk.Headers.Location!.AbsolutePath.ShouldBe("/Account/Denied");
        (await browser.GetAsync("/cong-dan/ho-so", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var anonymous = await CitizenPages.Browser(App).GetAsync("/cong-dan/nop-ho-so/1.001193.000.00.00.H10", Ct);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldBe("/cong-dan/dang-nhap?returnUrl=%2Fcong-dan%2Fnop-ho-so%2F1.001193.000.00.00.H10");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CitizenAccountTestsOnSqlite(SqliteApp app) : CitizenAccountTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CitizenAccountTestsOnPostgres(PostgresApp app) : CitizenAccountTests(app);
