using System.Net;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Portal;

// Issue 5: the kiosk at the one-stop desk.
public abstract class KioskTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_waiting_room_sees_whose_result_is_ready_with_masked_names_only()
    {
        var (ready, returned) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        foreach (var code in new[] { ready, returned })
        {
            await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "approve", new { });
            await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "issue-result", new { });
        }

        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), returned, "return-result", new { });

        var html = await App.CreateClient().GetStringAsync($"/kiosk/{DossierRequests.Ward}", Ct);

        html.ShouldContain(ready);
        html.ShouldNotContain(returned);
        html.ShouldNotContain("Nguyễn Văn An");
        html.ShouldContain("class=\"kiosk\"");
        // What the kiosk's script puts in place every minute: the list alone, the same as the page shows.
        var refreshed = await App.CreateClient().GetStringAsync($"/kiosk/{DossierRequests.Ward}?handler=Ready", Ct);
        refreshed.ShouldContain(ready);
        refreshed.ShouldNotContain(returned);
        refreshed.ShouldNotContain("Nguyễn Văn An");
        refreshed.ShouldNotContain("<html");
        (await App.CreateClient().GetAsync("/kiosk/KHONG-CO?handler=Ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.CreateClient().GetAsync("/kiosk/KHONG-CO", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await App.CreateClient().GetStringAsync("/kiosk", Ct)).ShouldContain($"href=\"/kiosk/{DossierRequests.Ward}\"");
    }

    [Fact]
    public async Task A_QR_reader_typing_the_receipt_address_opens_the_dossier()
    {
        var code = await App.ReceiveBirthAsync();

        var html = await App.CreateClient().GetStringAsync($"/tra-cuu?code={Uri.EscapeDataString($"http://motcua.example/tra-cuu/{code}")}", Ct);

        html.ShouldContain("Thủ tục đăng ký khai sinh");
        html.ShouldContain(code);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class KioskTestsOnSqlite(SqliteApp app) : KioskTests(app);

[Collection(PostgresGroup.Name)]
public sealed class KioskTestsOnPostgres(PostgresApp app) : KioskTests(app);
