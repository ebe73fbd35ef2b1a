using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Catalog;

public abstract class CatalogSearchTests(MotCuaApp app) : ProviderTests(app)
{
    [Theory]
    [InlineData("dang ky khai sinh")]
    [InlineData("Đăng ký khai sinh")]
    [InlineData("ĐĂNG KÝ   KHAI SINH")]
    [InlineData("1.001193")]
    public async Task Search_finds_birth_registration_with_or_without_diacritics(string q)
    {
        var page = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/procedures?q={Uri.EscapeDataString(q)}&pageSize=200", Ct);

        var names = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ToList();
        names.ShouldContain("Thủ tục đăng ký khai sinh");
        names.ShouldAllBe(n => n!.Contains("khai sinh", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("khai sin")]
    [InlineData("dang ki khai sinh")]
    [InlineData("khai sihn")]
    public async Task A_query_with_small_slips_finds_birth_registration_first(string q)
    {
        var page = await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/procedures?q={Uri.EscapeDataString(q)}&pageSize=200", Ct);

        page.GetProperty("total").GetInt32().ShouldBe(page.GetProperty("items").GetArrayLength());
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()).ShouldContain("Thủ tục đăng ký khai sinh");
        page.GetProperty("items")[0].GetProperty("name").GetString()!.ShouldContain("khai sinh");
    }

    [Fact]
    public async Task A_query_far_from_every_procedure_finds_nothing()
    {
        var page = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/procedures?q=xyzzy%20qwerty", Ct);

        page.GetProperty("total").GetInt32().ShouldBe(0);
        page.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Search_filters_by_level_field_unit_and_channel_and_pages()
    {
        var client = App.CreateClient();

        var commune = await client.GetFromJsonAsync<JsonElement>("/api/v1/procedures?level=commune&field=H%E1%BB%99%20t%E1%BB%8Bch&unitCode=PL-THACMO&channel=online&pageSize=2", Ct);

        commune.GetProperty("pageSize").GetInt32().ShouldBe(2);
        commune.GetProperty("total").GetInt32().ShouldBeGreaterThan(2);
        commune.GetProperty("items").GetArrayLength().ShouldBe(2);
        foreach (var item in commune.GetProperty("items").EnumerateArray())
        {
            item.GetProperty("level").GetString().ShouldBe("commune");
            item.GetProperty("field").GetString().ShouldBe("Hộ tịch");
            item.GetProperty("channels").EnumerateArray().Select(c => c.GetString()).ShouldContain("online");
        }

        var province = await client.GetFromJsonAsync<JsonElement>("/api/v1/procedures?level=province&unitCode=PL-THACMO", Ct);
        province.GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Detail_lists_components_fees_time_limit_channels_steps_and_units()
    {
        var detail = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/procedures/1.001193.000.00.00.H10", Ct);

        detail.GetProperty("name").GetString().ShouldBe("Thủ tục đăng ký khai sinh");
        detail.GetProperty("timeLimit").GetProperty("workingDays").GetDecimal().ShouldBe(1);
        detail.GetProperty("components").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("fees").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(1);
        detail.GetProperty("legalBasis").GetArrayLength().ShouldBeGreaterThan(0);
        detail.GetProperty("status").GetString().ShouldBe("active");
        detail.GetProperty("unitCodes").EnumerateArray().Select(u => u.GetString()).ShouldBe(["BGM-DAKO", "BGM-PHUNGHIA", "PL-LONGTHUY", "PL-THACMO"]);
    }

    [Fact]
    public async Task Unknown_procedure_code_is_a_404_problem_in_Vietnamese_or_English()
    {
        var client = App.CreateClient();

        var vi = await (await client.GetAsync("/api/v1/procedures/9.999999.000.00.00.H10", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        vi.Title().ShouldBe("Không tìm thấy");
        vi.GetProperty("detail").GetString()!.ShouldContain("thủ tục hành chính");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/procedures/9.999999.000.00.00.H10");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await (await client.SendAsync(request, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        en.Title().ShouldBe("Not found");
    }

    [Theory]
    [InlineData("level=town", "level")]
    [InlineData("channel=fax", "channel")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=-1", "page")]
    [InlineData("status=deleted", "status")]
    public async Task Bad_search_filters_are_named_in_a_400_problem(string query, string field)
    {
        var problem = await (await App.CreateClient().GetAsync($"/api/v1/procedures?{query}", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldContain(field);
    }

    [Fact]
    public async Task Unknown_unit_filter_is_a_404()
    {
        await (await App.CreateClient().GetAsync("/api/v1/procedures?unitCode=NOWHERE", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CatalogSearchTestsOnSqlite(SqliteApp app) : CatalogSearchTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CatalogSearchTestsOnPostgres(PostgresApp app) : CatalogSearchTests(app);
