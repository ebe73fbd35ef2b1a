using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Notifications;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Notifications;

public abstract class OutboxTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_applicant_is_told_of_the_receipt_and_the_supplement_by_sms_and_email_once_each()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var code = (await (await desk.PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
        (await (await App.SignedInAsync("chuyenvien.xa")).PostAsJsonAsync($"/api/v1/dossiers/{code}/actions/request-supplement", new { reason = "Thiếu giấy chứng sinh" }, Ct)).EnsureSuccessStatusCode();

        await DispatchAsync();
        await DispatchAsync();

        var lines = (await File.ReadAllLinesAsync(App.NotificationLog, Ct)).Where(l => l.Contains(code, StringComparison.Ordinal)).ToList();
        lines.Count.ShouldBe(4);
        lines.Count(l => l.Contains("\tsms\t0912345678\t", StringComparison.Ordinal)).ShouldBe(2);
        lines.Count(l => l.Contains("\temail\tan@example.vn\t", StringComparison.Ordinal)).ShouldBe(2);
        lines.ShouldContain(l => l.Contains("đã được tiếp nhận", StringComparison.Ordinal));
        lines.ShouldContain(l => l.Contains("cần bổ sung", StringComparison.Ordinal));
    }

    private async Task DispatchAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class OutboxTestsOnSqlite(SqliteApp app) : OutboxTests(app);

[Collection(PostgresGroup.Name)]
public sealed class OutboxTestsOnPostgres(PostgresApp app) : OutboxTests(app);
