using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.PersonalData;

/// <summary>
/// Issue 14, Decree 13/2023/NĐ-CP: the desk opens a citizen's online dossier; the district's KSTTHC officer finds that
/// read in the access log, and the citizen sees who read his dossier; the pages pass axe-core (the dossier's too, with its
/// line about the national portal).
/// </summary>
public sealed class AccessLogTests(LiveApp app, Browser browser)
{
    private const string Password = "Ca phe sua da 7 gio";

    private static readonly string Unique = Random.Shared.Next(0, 9_999_999).ToString("D7", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_office_finds_the_desk_s_read_in_the_log_and_the_citizen_sees_who_read_his_dossier()
    {
        var code = await SubmitOnlineAsync();
        var desk = await OfficerSession.SignInAsync(browser, app, "tiepnhan.xa");
        await desk.GotoAsync($"/Dossiers/Detail/{code}");
        await Expect(desk.Locator("dl.facts")).ToContainTextAsync("Lần gửi Cổng gần nhất");
        await desk.ShouldPassAxeAsync("dossier-detail");

        var office = await OfficerSession.SignInAsync(browser, app, "kstt.pl");
        await office.GotoAsync("/");
        await office.GetByRole(AriaRole.Link, new() { Name = "Truy cập dữ liệu cá nhân" }).ClickAsync();
        await office.GetByLabel("Đơn vị").SelectOptionAsync("PL");
        await office.GetByLabel("Mã hồ sơ").FillAsync(code);
        await office.GetByRole(AriaRole.Button, new() { Name = "Xem", Exact = true }).ClickAsync();
        var row = office.Locator("#access-log tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Đỗ Thị Phường");
        await Expect(row).ToContainTextAsync("Bộ phận Một cửa phường Long Thủy");
        await Expect(row).ToContainTextAsync("Xem hồ sơ");
        await Expect(row).ToContainTextAsync("127.0.0.1");
        await office.ShouldPassAxeAsync("accesslog-office");

        var citizen = await CitizenSignInAsync();
        await citizen.GetByRole(AriaRole.Link, new() { Name = "1 lượt — xem ai đã xem" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Cán bộ đã xem hồ sơ {code}");
        var reader = citizen.Locator("#dossier-readers tbody tr");
        await Expect(reader).ToHaveCountAsync(1);
        await Expect(reader).ToContainTextAsync("Đỗ Thị Phường");
        await Expect(reader).ToContainTextAsync("Bộ phận Một cửa phường Long Thủy");
        await Expect(reader).ToContainTextAsync("Xem hồ sơ");
        await Expect(reader).Not.ToContainTextAsync("127.0.0.1");
        await citizen.ShouldPassAxeAsync("accesslog-citizen");
        await citizen.GotoAsync("/cong-dan/ho-so");
        await citizen.ShouldPassAxeAsync("accesslog-my-dossiers");
    }

    /// <summary>A new citizen registered through the API, with a birth registration submitted online at the Long Thủy ward; its code.</summary>
    private async Task<string> SubmitOnlineAsync()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var registered = await client.PostAsJsonAsync("/api/v1/citizens", new
        {
            fullName = "Lò Thị Minh", idNumber = $"07019{Unique}", email = $"minh{Unique}@example.vn", phone = $"098{Unique}",
            address = "Phường Long Thủy, thị xã Phước Long", password = Password,
        });
        registered.EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/api/v1/citizens/login", new { login = $"minh{Unique}@example.vn", password = Password });
        var token = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("1.001193.000.00.00.H10"), "procedureCode" },
            { new StringContent("PL-LONGTHUY"), "unitCode" },
            { Pdf("to khai"), "file0", "to-khai.pdf" },
            { Pdf("giay chung sinh"), "file1", "giay-chung-sinh.pdf" },
        };
        var submitted = await client.PostAsync("/api/v1/citizens/me/dossiers", form);
        return (await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    private async Task<IPage> CitizenSignInAsync()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString(), Locale = "vi-VN" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/cong-dan/dang-nhap");
        await page.GetByLabel("Thư điện tử hoặc số điện thoại").FillAsync($"minh{Unique}@example.vn");
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hồ sơ của tôi");
        return page;
    }

    private static ByteArrayContent Pdf(string marker)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes($"%PDF-1.7\n% {marker} {Unique}\n%%EOF\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return content;
    }
}
