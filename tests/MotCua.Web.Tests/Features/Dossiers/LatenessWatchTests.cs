using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class LatenessWatchTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_dossier_about_to_be_late_then_late_is_reminded_once_each_to_its_officers()
    {
        // A working morning, wherever the tests before left the shared clock: a one-working-day dossier is then due within
        // the watch's one working day ahead. The watch runs over the whole demo, whose hundreds of reminders filed at the
        // same instant would push this dossier's out of the newest 200, so the list is asked for this dossier's.
        await App.AdvanceToAsync(c => c.IsWorkingDay, TimeSpan.FromHours(9));
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "assign", new { assignee = "chuyenvien.xa" });

        await WatchAsync();
        await WatchAsync();
        var soon = await RemindersAsync("chuyenvien.xa", code);
        // A week later a one-working-day dossier is late whatever weekday it was received on.
        App.Clock.Advance(TimeSpan.FromDays(7));
        await WatchAsync();
        var late = await RemindersAsync("lanhdao.xa", code);

        soon.ShouldBe(["dueSoon"]);
        late.ShouldBe(["late", "dueSoon"]);
        // Another ward's desk may not read the dossier, nor its reminders.
        (await (await App.SignedInAsync("tiepnhan.bgm")).GetAsync($"/api/v1/dossiers/reminders?code={code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task WatchAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WatchLateness>().RunAsync(Ct);
    }

    private async Task<List<string?>> RemindersAsync(string userName, string code) =>
        (await (await App.SignedInAsync(userName)).GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/reminders?code={code}", Ct))
            .EnumerateArray().Where(r => r.GetProperty("code").GetString() == code).Select(r => r.GetProperty("kind").GetString()).ToList();
}

[Collection(SqliteGroup.Name)]
public sealed class LatenessWatchTestsOnSqlite(SqliteApp app) : LatenessWatchTests(app);

[Collection(PostgresGroup.Name)]
public sealed class LatenessWatchTestsOnPostgres(PostgresApp app) : LatenessWatchTests(app);
