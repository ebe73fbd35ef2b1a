using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features;

/// <summary>
/// Issue 18, look and feel: every page names the authority beside the emblem in its header, and its footer tells how
/// to reach the office (address, opening hours, a hotline that dials), as configured in <c>Site:Office</c>.
/// </summary>
public abstract class SiteFrameTests(MotCuaApp app) : ProviderTests(app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tra-cuu")]
    public async Task A_public_page_names_the_office_in_its_header_and_how_to_reach_it_in_its_footer(string path)
    {
        var office = App.Services.GetRequiredService<IOptions<SiteOffice>>().Value;
        new[] { office.Name, office.Address, office.Hours, office.Hotline }.ShouldAllBe(part => part.Length > 0, "Development names a demo office");

        var response = await CitizenPages.Browser(App).GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        header.ShouldContain("src=\"/emblem.svg\"");
        header.ShouldContain($"<span class=\"office-name\">{office.Name}</span>");
        var footer = html[html.IndexOf("<footer", StringComparison.Ordinal)..html.IndexOf("</footer>", StringComparison.Ordinal)];
        footer.ShouldContain($"<dd>{office.Address}</dd>");
        footer.ShouldContain($"<dd>{office.Hours}</dd>");
        footer.ShouldContain($"<a href=\"tel:{string.Concat(office.Hotline.Where(char.IsAsciiDigit))}\">{office.Hotline}</a>");
        (await CitizenPages.Browser(App).GetAsync("/emblem.svg", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SiteFrameTestsOnSqlite(SqliteApp app) : SiteFrameTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SiteFrameTestsOnPostgres(PostgresApp app) : SiteFrameTests(app);
