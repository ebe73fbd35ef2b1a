using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>A dossier handed in at the desk joins the applicant's account only with its receipt's code and the phone declared in it.</summary>
public abstract class LinkDossierTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_desk_dossier_with_my_ID_number_is_neither_listed_nor_reusable_until_I_add_it_with_its_code_and_phone()
    {
        var (client, citizen) = await App.CitizenAsync();
        var code = await DeskDossierWithScanAsync(citizen);

        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct)).GetArrayLength().ShouldBe(0);

        var linked = await client.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code = code.ToLowerInvariant(), phone = citizen["phone"] }, Ct);

        linked.StatusCode.ShouldBe(HttpStatusCode.OK, await linked.Content.ReadAsStringAsync(Ct));
        (await linked.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString().ShouldBe(code);
        var mine = (await client.MyDossiersAsync()).GetProperty("items").EnumerateArray().Single();
        mine.GetProperty("code").GetString().ShouldBe(code);
        mine.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("type").GetString()).ShouldBe(["receive"]);
        var document = (await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me/documents", Ct)).EnumerateArray().Single();
        document.GetProperty("dossierCode").GetString().ShouldBe(code);
        var history = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        history.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldContain("linkAccount");
    }

    [Fact]
    public async Task Adding_the_same_dossier_twice_records_one_link()
    {
        var (client, citizen) = await App.CitizenAsync();
        var code = await DeskDossierWithScanAsync(citizen);

        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code, phone = citizen["phone"] }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var history = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        history.GetProperty("history").EnumerateArray().Count(e => e.GetProperty("type").GetString() == "linkAccount").ShouldBe(1);
    }

    [Fact]
    public async Task A_wrong_phone_or_another_person_s_dossier_answers_as_unknown_and_links_nothing()
    {
        var (client, citizen) = await App.CitizenAsync();
        var (other, _) = await App.CitizenAsync();
        var code = await DeskDossierWithScanAsync(citizen);

        await (await client.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code, phone = "0909000000" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code, phone = citizen["phone"] }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var invalid = await (await client.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code = " ", phone = "12" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        invalid.ErrorKeys().Order().ShouldBe(["code", "phone"]);
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await other.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await VerifiedAsync(client)).ShouldBeFalse();
        (await VerifiedAsync(other)).ShouldBeFalse();
    }

    [Fact]
    public async Task The_my_dossiers_page_adds_a_desk_dossier_and_shows_a_wrong_phone_beside_its_field()
    {
        var (client, citizen) = await App.CitizenAsync();
        var code = await DeskDossierWithScanAsync(citizen);
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);

        var refused = await browser.PostFormAsync("/cong-dan/ho-so?handler=Link", new MultipartFormDataContent { { new StringContent(code), "Link.Code" }, { new StringContent("09"), "Link.Phone" } });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("id=\"link-phone\" name=\"Link.Phone\" value=\"09\" type=\"tel\" required autocomplete=\"tel\" aria-invalid=\"true\"");
        var added = await browser.PostFormAsync("/cong-dan/ho-so?handler=Link", new MultipartFormDataContent { { new StringContent(code), "Link.Code" }, { new StringContent(citizen["phone"]!), "Link.Phone" } });

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await (await browser.GetAsync(added.Headers.Location, Ct)).Content.ReadAsStringAsync(Ct);
        page.ShouldContain($"Đã thêm hồ sơ {code} vào tài khoản.");
        (await client.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Adding_a_desk_dossier_verifies_my_ID_number_and_only_then_do_my_online_dossiers_carry_it()
    {
        var (client, citizen) = await App.CitizenAsync();
        var before = await (await client.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();
        var code = await DeskDossierWithScanAsync(citizen);

        (await client.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code, phone = citizen["phone"] }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await (await client.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync();

        (await VerifiedAsync(client)).ShouldBeTrue();
        (await ApplicantIdNumberAsync(before)).ShouldBeNull();
        (await ApplicantIdNumberAsync(after)).ShouldBe(citizen["idNumber"]);
    }

    [Fact]
    public async Task Once_the_holder_verified_his_ID_number_another_account_that_declared_it_cannot_verify_it()
    {
        var (squatter, squatterData) = await App.CitizenAsync();
        var holderData = CitizenRequests.NewCitizen();
        holderData["idNumber"] = squatterData["idNumber"];
        (await App.RegisterAsync(holderData)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var holder = await App.WithTokenAsync(await App.LoginAsync(holderData["email"]));
        var his = await DeskDossierWithScanAsync(holderData);
        (await holder.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code = his, phone = holderData["phone"] }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A dossier under the holder's number that the squatter could add: it declares the squatter's own phone.
        var planted = await DeskDossierWithScanAsync(new() { ["idNumber"] = holderData["idNumber"], ["phone"] = squatterData["phone"] });
        var refused = await squatter.PostAsJsonAsync("/api/v1/citizens/me/dossiers/link", new { code = planted, phone = squatterData["phone"] }, Ct);

        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()!.ShouldContain("đã được xác minh cho một tài khoản khác");
        (await VerifiedAsync(squatter)).ShouldBeFalse();
        (await squatter.MyDossiersAsync()).GetProperty("total").GetInt32().ShouldBe(0);
        (await VerifiedAsync(holder)).ShouldBeTrue();
    }

    private static async Task<bool> VerifiedAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/citizens/me", Ct)).GetProperty("idNumberVerified").GetBoolean();

    private async Task<string?> ApplicantIdNumberAsync(string code)
    {
        var dossier = await (await App.SignedInAsync("tiepnhan.xa")).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{code}", Ct);
        return dossier.GetProperty("applicant").TryGetProperty("idNumber", out var id) ? id.GetString() : null;
    }

    /// <summary>The desk receives a birth registration declaring <paramref name="citizen"/>'s ID number and phone, and attaches the declaration's scan.</summary>
    private async Task<string> DeskDossierWithScanAsync(Dictionary<string, string?> citizen)
    {
        var code = await App.ReceiveAsync(DossierRequests.Birth(idNumber: citizen["idNumber"]!, phone: citizen["phone"]!));
        var attached = await (await App.SignedInAsync("tiepnhan.xa")).PostFileAsync($"/api/v1/dossiers/{code}/attachments", DossierFiles.Pdf(), "to-khai.pdf", "application/pdf", ("component", "Tờ khai đăng ký khai sinh theo mẫu"));
        attached.StatusCode.ShouldBe(HttpStatusCode.Created, await attached.Content.ReadAsStringAsync(Ct));
        return code;
    }
}

[Collection(SqliteGroup.Name)]
public sealed class LinkDossierTestsOnSqlite(SqliteApp app) : LinkDossierTests(app);

[Collection(PostgresGroup.Name)]
public sealed class LinkDossierTestsOnPostgres(PostgresApp app) : LinkDossierTests(app);
