using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using Shouldly;

namespace MotCua.E2E.Features.Notifications;

/// <summary>
/// Issue 15, finding 3: an administrator sees a message that failed every attempt, with its error, and resends it.
/// Issue 16: he sees what the SMS provider's delivery receipts said of the messages sent.
/// </summary>
public sealed class UnsentMessagesTests(LiveApp app, Browser browser)
{
    [Fact]
    public async Task The_administrator_sees_a_failed_message_with_its_error_and_resends_it()
    {
        var key = $"e2e|{Guid.NewGuid():N}|sms";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            var at = app.Clock.GetUtcNow().AddHours(-3);
            db.OutboxMessages.Add(new OutboxMessage { Key = key, Channel = "sms", Recipient = "0912000111", Body = "Thử", CreatedAt = at, NextAttemptAt = at, Attempts = 8, LastError = "Nhà mạng từ chối" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var page = await OfficerSession.SignInAsync(browser, app, "admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tin nhắn chưa gửi" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = key });
        (await row.TextContentAsync())!.ShouldContain("Nhà mạng từ chối");
        (await page.Locator("h1").CountAsync()).ShouldBe(1);
        await row.GetByRole(AriaRole.Button, new() { Name = "Gửi lại" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("xếp lại để gửi ngay");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = key }).CountAsync()).ShouldBe(0);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            (await db.OutboxMessages.SingleAsync(m => m.Key == key, TestContext.Current.CancellationToken)).Attempts.ShouldBe(0);
        }
    }

    [Fact]
    public async Task The_administrator_sees_whether_each_sent_message_was_delivered()
    {
        var (delivered, undelivered) = ($"e2e|{Guid.NewGuid():N}|sms", $"e2e|{Guid.NewGuid():N}|sms");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
            // Sent now: the list shows the newest first, after whatever the demo data's messages were sent at.
            var at = app.Clock.GetUtcNow();
            db.OutboxMessages.AddRange(
                new OutboxMessage { Key = delivered, Channel = "sms", Recipient = "0912000112", Body = "Thử", CreatedAt = at, NextAttemptAt = at, SentAt = at, ProviderMessageId = "VT-881", DeliveredAt = at },
                new OutboxMessage { Key = undelivered, Channel = "sms", Recipient = "0912000113", Body = "Thử", CreatedAt = at, NextAttemptAt = at, SentAt = at, ProviderMessageId = "VT-882", DeliveryFailedAt = at, DeliveryError = "UNDELIV: Thuê bao tạm khóa" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var page = await OfficerSession.SignInAsync(browser, app, "admin");
        await page.GotoAsync("/Notifications");
        await page.GetByRole(AriaRole.Link, new() { Name = "Đã gửi" }).ClickAsync();

        var shown = (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = delivered }).TextContentAsync())!;
        shown.ShouldContain("VT-881");
        shown.ShouldContain("Đã đến máy người nhận lúc");
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = undelivered }).TextContentAsync())!.ShouldContain("Không đến được");
        (await page.RunAxeForViolationsAsync()).Violations.Select(v => $"{v.Id}: {v.Help}").ShouldBeEmpty();
    }
}
