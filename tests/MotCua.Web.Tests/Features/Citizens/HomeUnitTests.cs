using System.Net;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Citizens;

/// <summary>
/// Issue 18, item 9: the online submission page chooses the unit where the citizen lives, as her address or her earlier
/// dossiers say it, and asks when nothing says it, instead of offering the first commune of the list.
/// </summary>
public abstract class HomeUnitTests(MotCuaApp app) : ProviderTests(app)
{
    private const string Page = $"/cong-dan/nop-ho-so/{DossierRequests.BirthRegistration}";

    [Fact]
    public async Task The_unit_her_address_names_is_chosen_whatever_its_diacritics_and_case()
    {
        var selected = await SelectedUnitAsync("Tổ 5, Phuong Thac Mo, thị xã Phước Long");

        selected.ShouldBe("PL-THACMO");
    }

    [Fact]
    public async Task Without_an_address_the_unit_of_her_latest_dossier_is_chosen()
    {
        var selected = await SelectedUnitAsync(address: null, ("unitCode", "BGM-PHUNGHIA"));

        selected.ShouldBe("BGM-PHUNGHIA");
    }

    [Fact]
    public async Task When_neither_her_address_nor_a_dossier_names_a_unit_of_the_procedure_the_page_asks_rather_than_choosing_the_first()
    {
        var selected = await SelectedUnitAsync("Phường Tân Bình, thành phố Đồng Xoài");

        selected.ShouldBe(string.Empty);
    }

    [Fact]
    public async Task Submitting_without_choosing_a_unit_is_a_400_that_says_to_choose_one()
    {
        var (client, _) = await App.CitizenAsync();

        var problem = await (await client.SubmitBirthAsync([.. CitizenRequests.BothFiles(), ("unitCode", "")])).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["unitCode"]);
        problem.ErrorMessages().ShouldBe(["Chưa chọn cơ quan giải quyết."]);
    }

    /// <summary>The value of the unit option the page selects for a new citizen with <paramref name="address"/>, after she submitted the dossiers given.</summary>
    private async Task<string> SelectedUnitAsync(string? address, params (string Name, object Value)[] earlier)
    {
        var citizen = CitizenRequests.NewCitizen();
        citizen["address"] = address;
        (await App.RegisterAsync(citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        if (earlier.Length > 0)
        {
            var client = await App.WithTokenAsync(await App.LoginAsync(citizen["email"]));
            await (await client.SubmitBirthAsync([.. CitizenRequests.BothFiles(), .. earlier])).SubmittedCodeAsync();
        }

        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);
        var html = await browser.GetStringAsync(Page, Ct);
        var options = System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"([^\"]*)\" selected=\"selected\"").Select(m => m.Groups[1].Value).ToList();
        return options.ShouldHaveSingleItem();
    }
}

[Collection(SqliteGroup.Name)]
public sealed class HomeUnitTestsOnSqlite(SqliteApp app) : HomeUnitTests(app);

[Collection(PostgresGroup.Name)]
public sealed class HomeUnitTestsOnPostgres(PostgresApp app) : HomeUnitTests(app);
