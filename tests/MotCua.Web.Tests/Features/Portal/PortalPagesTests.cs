using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Portal;

// Issue 5: what a citizen sees without an account.
public abstract class PortalPagesTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_front_page_is_open_to_everyone_with_search_life_events_and_fields()
    {
        var response = await App.CreateClient().GetAsync("/", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("Bạn cần làm thủ tục gì?");
        html.ShouldContain("href=\"/thu-tuc?event=co-con-nho\"");
        html.ShouldContain("Hộ tịch");
        html.ShouldNotContain("Xin chào");
    }

    [Theory]
    [InlineData("khai sin")]
    [InlineData("dang ki khai sinh")]
    public async Task A_citizen_finds_birth_registration_without_diacritics_or_with_a_slip(string q)
    {
        var html = await App.CreateClient().GetStringAsync($"/thu-tuc?q={Uri.EscapeDataString(q)}", Ct);

        html.ShouldContain("href=\"/thu-tuc/1.001193.000.00.00.H10\"");
        html.ShouldContain("Thủ tục đăng ký khai sinh");
    }

    [Fact]
    public async Task A_life_event_lists_its_procedures_only()
    {
        var birth = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/procedures?event=ket-hon&pageSize=200", Ct);
        var html = await App.CreateClient().GetStringAsync("/thu-tuc?event=ket-hon", Ct);

        var names = birth.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
        names.ShouldContain("Thủ tục đăng ký kết hôn");
        names.ShouldNotContain("Thủ tục đăng ký khai sinh");
        html.ShouldContain("Thủ tục đăng ký kết hôn");
        html.ShouldNotContain("Thủ tục đăng ký khai sinh<");
        await (await App.CreateClient().GetAsync("/api/v1/procedures?event=khong-co", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_procedure_of_every_life_event_is_in_the_catalog()
    {
        var client = App.CreateClient();
        var events = await client.GetFromJsonAsync<JsonElement>("/api/v1/procedures/life-events", Ct);

        events.GetArrayLength().ShouldBeGreaterThan(5);
        foreach (var e in events.EnumerateArray())
        {
            var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures?event={e.GetProperty("slug").GetString()}&pageSize=200", Ct);
            found.GetProperty("total").GetInt32().ShouldBe(e.GetProperty("procedureCodes").GetArrayLength(), e.GetProperty("slug").GetString());
        }
    }

    [Fact]
    public async Task The_procedure_page_shows_components_fees_and_how_to_submit_but_not_the_internal_process()
    {
        var html = await App.CreateClient().GetStringAsync("/thu-tuc/1.001193.000.00.00.H10", Ct);

        html.ShouldContain("Thành phần hồ sơ");
        html.ShouldContain("Tờ khai đăng ký khai sinh");
        html.ShouldContain("Phí, lệ phí");
        html.ShouldContain("Nộp hồ sơ ở đâu, bằng cách nào");
        html.ShouldNotContain("Quy trình nội bộ");
        (await App.CreateClient().GetAsync("/thu-tuc/0.000000.000.00.00.H10", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_lookup_page_the_receipt_QR_opens_shows_the_status_with_a_masked_name_only()
    {
        var code = await App.ReceiveBirthAsync();

        var html = await App.CreateClient().GetStringAsync($"/tra-cuu/{code}", Ct);

        html.ShouldContain(code);
        html.ShouldContain("Đang giải quyết");
        html.ShouldContain("Thủ tục đăng ký khai sinh");
        html.ShouldNotContain("Nguyễn Văn An");
        html.ShouldNotContain("079203001234");
        var missing = await App.CreateClient().GetAsync("/tra-cuu?code=000.17.31.H10-250303-9999", Ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync(Ct)).ShouldContain("Không tìm thấy");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PortalPagesTestsOnSqlite(SqliteApp app) : PortalPagesTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PortalPagesTestsOnPostgres(PostgresApp app) : PortalPagesTests(app);
