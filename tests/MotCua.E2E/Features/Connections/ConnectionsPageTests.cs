using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace MotCua.E2E.Features.Connections;

/// <summary>Issue 16: the administrator finds the outside connections in the menu, reads how e-mail is set up and sends a test.</summary>
public sealed class ConnectionsPageTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_administrator_sends_a_test_email_and_reads_the_answer_on_the_connection()
    {
        var page = await OfficerSession.SignInAsync(browser, app, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kết nối bên ngoài" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Connections", StringComparison.Ordinal));
        var email = page.GetByRole(AriaRole.Region, new() { Name = "Thư điện tử (SMTP)" });
        await Expect(email).ToContainTextAsync("Chế độ");

        await email.GetByLabel("Người nhận thử (nếu cần)").FillAsync("kiemtra@example.vn");
        await email.GetByRole(AriaRole.Button, new() { Name = "Gửi thử" }).ClickAsync();

        var answer = page.GetByRole(AriaRole.Region, new() { Name = "Thư điện tử (SMTP)" }).GetByRole(AriaRole.Status);
        await Expect(answer).ToContainTextAsync("kiemtra@example.vn");
        (await page.GetByRole(AriaRole.Region, new() { Name = "Thư điện tử (SMTP)" }).Locator("dd").First.TextContentAsync())!.ShouldNotBe("chưa có");
        await page.ShouldPassAxeAsync("connections");
    }
}
