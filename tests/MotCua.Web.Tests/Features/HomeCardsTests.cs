using System.Net;
using System.Text.RegularExpressions;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features;

/// <summary>Issue 18, item 8: each audience has its own front page, and every card on it opens for whoever sees it.</summary>
public abstract partial class HomeCardsTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task An_anonymous_visitor_sees_the_portal_without_cards()
    {
        var home = await CitizenPages.Browser(App).GetStringAsync("/", Ct);

        Cards(home).ShouldBeEmpty();
        home.ShouldContain("href=\"/tra-cuu\"");
    }

    [Fact]
    public async Task A_signed_in_citizen_sees_his_own_cards_and_no_officer_page()
    {
        var citizen = CitizenRequests.NewCitizen();
        (await App.RegisterAsync(citizen)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var browser = await CitizenPages.SignedInBrowserAsync(App, citizen["email"]!);

        var cards = Cards(await browser.GetStringAsync("/", Ct));

        cards.ShouldBe(["/cong-dan/ho-so", "/thu-tuc", "/phan-anh", "/cong-dan/tai-khoan"]);
        await ShouldAllOpenAsync(browser, cards);
    }

    [Theory]
    [InlineData("tiepnhan.xa", new[] { "/Dossiers", "/Dossiers/New", "/Feedback", "/Calendar" })]
    [InlineData("chuyenvien.xa", new[] { "/Dossiers", "/Dossiers/Late" })]
    [InlineData("lanhdao.xa", new[] { "/Dossiers", "/Dossiers/Late", "/Dashboard", "/Indicators", "/Reports" })]
    [InlineData("ksttthc", new[] { "/Catalog", "/Publications", "/Plans", "/Reviews" })]
    [InlineData("admin", new[] { "/Catalog", "/Publications", "/Plans", "/Reviews", "/Organization/Units", "/Organization/Officers" })]
    public async Task An_officer_sees_the_cards_of_his_roles_and_each_opens(string userName, string[] expected)
    {
        var browser = await CitizenPages.OfficerBrowserAsync(App, userName);

        var cards = Cards(await browser.GetStringAsync("/", Ct));

        cards.ShouldBe(expected);
        await ShouldAllOpenAsync(browser, cards);
    }

    private static async Task ShouldAllOpenAsync(HttpClient browser, IEnumerable<string> hrefs)
    {
        foreach (var href in hrefs)
        {
            (await browser.GetAsync(href, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, href);
        }
    }

    private static List<string> Cards(string html) => CardLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<a class=\"card\" href=\"([^\"]+)\"")]
    private static partial Regex CardLink();
}

[Collection(SqliteGroup.Name)]
public sealed class HomeCardsTestsOnSqlite(SqliteApp app) : HomeCardsTests(app);

[Collection(PostgresGroup.Name)]
public sealed class HomeCardsTestsOnPostgres(PostgresApp app) : HomeCardsTests(app);
