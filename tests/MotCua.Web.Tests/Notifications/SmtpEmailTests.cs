using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MotCua.Web.Data;
using MotCua.Web.Notifications;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Notifications;

/// <summary>
/// Issue 16: e-mail leaves over SMTP, through the outbox, to a real SMTP server started here. On SQLite only: the
/// database plays no part beyond the outbox, whose behaviour on both providers <see cref="OutboxTests"/> covers.
/// </summary>
public sealed class SmtpEmailTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_receipt_email_arrives_at_the_SMTP_server_once_even_when_the_server_fails_the_first_attempt()
    {
        await using var server = await LocalSmtpServer.StartAsync(refusals: 1);
        var log = Path.Combine(Path.GetTempPath(), $"motcua-notifications-{Guid.NewGuid():N}.log");
        var clock = new FakeTimeProvider(MotCuaApp.SeededAt);
        await using var app = new OneOffApp("Development",
            [.. TwoNodes.Intervals.Select(i => (i, Timeout.InfiniteTimeSpan.ToString())),
            ("Demo:Seed", "true"), ("Demo:Dossiers", "0"), ("Notifications:LogFile", log),
            ("Notifications:Email:Provider", "smtp"), ("Notifications:Email:Smtp:Host", "127.0.0.1"),
            ("Notifications:Email:Smtp:Port", server.Port.ToString(CultureInfo.InvariantCulture)), ("Notifications:Email:Smtp:Security", "None"),
            ("Notifications:Email:Smtp:From", "motcua@phuoclong.example.vn"), ("Notifications:Email:Smtp:FromName", "UBND phường Long Thủy")]);
        var factory = app.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.RemoveAll<TimeProvider>().AddSingleton<TimeProvider>(clock)));
        try
        {
            // The demo data queued reminders to officers: this server is to see the receipt alone.
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.ExecuteDeleteAsync(Ct);
            }

            var code = await ReceiveAsync(factory);

            await DispatchAsync(factory);
            (server.Refused, server.Received.Count).ShouldBe((1, 0));
            clock.Advance(TimeSpan.FromMinutes(1));
            await DispatchAsync(factory);
            clock.Advance(TimeSpan.FromHours(1));
            await DispatchAsync(factory);

            var mail = server.Received.ShouldHaveSingleItem();
            await using var reading = factory.Services.CreateAsyncScope();
            var row = await reading.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.AsNoTracking()
                .SingleAsync(m => m.Channel == "email" && m.Recipient == "an@example.vn", Ct);
            mail.MessageId.ShouldBe($"{row.Id}@motcua");
            mail.To.Mailboxes.ShouldHaveSingleItem().Address.ShouldBe("an@example.vn");
            mail.From.Mailboxes.ShouldHaveSingleItem().ToString().ShouldBe("\"UBND phường Long Thủy\" <motcua@phuoclong.example.vn>");
            mail.Subject.ShouldBe($"Hồ sơ {code} đã được tiếp nhận");
            mail.TextBody.ShouldStartWith($"Hồ sơ {code} đã được tiếp nhận. Hẹn trả kết quả: ");
            mail.TextBody.ShouldBe(row.Body);

            // Attempts counts the failed ones: one refusal, then the send the server accepted.
            (row.Attempts, row.SentAt).ShouldBe((1, MotCuaApp.SeededAt + TimeSpan.FromMinutes(1)));
            row.LastError.ShouldNotBeNull().ShouldContain("try again later");
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task The_smtp_provider_without_a_host_refuses_to_start_with_a_clear_message()
    {
        await using var app = new OneOffApp("Development", ("Demo:Seed", "false"), ("Notifications:Email:Provider", "smtp"), ("Notifications:Email:Smtp:Host", ""));

        var failure = Should.Throw<Exception>(() => app.Factory.CreateClient());

        failure.Message.ShouldContain("Notifications:Email:Smtp:Host");
    }

    [Fact]
    public async Task Developments_stand_in_mail_server_keeps_each_message_it_receives_as_an_eml_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"motcua-mail-{Guid.NewGuid():N}");
        var port = Ports.Free().ToString(CultureInfo.InvariantCulture);
        await using var app = new OneOffApp("Development",
            [.. TwoNodes.Intervals.Select(i => (i, Timeout.InfiniteTimeSpan.ToString())), ("Demo:Seed", "false"),
            ("Notifications:Email:Provider", "smtp"), ("Notifications:Email:Smtp:Port", port),
            ("Notifications:Email:StandIn:Port", port), ("Notifications:Email:StandIn:Folder", folder)]);
        try
        {
            var id = Guid.NewGuid();
            var email = app.Factory.Services.GetServices<INotificationChannel>().Single(c => c.Name == "email");

            await email.SendAsync(id, "an@example.vn", "Hồ sơ PL-250303-0001 đã có kết quả. Mời Ông/Bà nhận kết quả.", Ct);

            var mail = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(folder, "*.eml").ShouldHaveSingleItem(), Ct);
            (mail.MessageId, mail.Subject, mail.TextBody).ShouldBe(($"{id}@motcua", "Hồ sơ PL-250303-0001 đã có kết quả", "Hồ sơ PL-250303-0001 đã có kết quả. Mời Ông/Bà nhận kết quả."));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<string> ReceiveAsync(WebApplicationFactory<Program> factory)
    {
        var desk = factory.CreateClient();
        var login = await desk.PostAsJsonAsync("/api/v1/auth/login", new { userName = "tiepnhan.xa", password = MotCuaApp.DemoPassword }, Ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        desk.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var created = await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
    }

    private static async Task DispatchAsync(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
    }
}
