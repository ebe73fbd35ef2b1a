using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Web.Data;
using MotCua.Web.Data.Entities;
using MotCua.Web.Features.Calendar;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

public abstract class DailyDigestTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Each_working_morning_an_officer_gets_one_digest_listing_the_dossiers_in_his_charge()
    {
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "assign", new { assignee = "chuyenvien.xa" });
        var day = await App.AdvanceToAsync(c => c.IsWorkingDay, TimeSpan.FromHours(8));

        await DigestAsync();
        App.Clock.Advance(TimeSpan.FromHours(1));
        await DigestAsync();

        var digests = await DigestsAsync(day);
        var specialist = digests.Where(m => m.Key == Key("chuyenvien.xa", day)).ShouldHaveSingleItem();
        specialist.Recipient.ShouldBe("chuyenvien.xa@phuoclong.binhphuoc.gov.vn");
        specialist.Body.ShouldContain(code);
        // The leader's digest lists his ward's dossiers, the newest among them possibly beyond the listed few: every
        // code listed is the ward's.
        var ward = code[..code.IndexOf('-', StringComparison.Ordinal)];
        var listed = System.Text.RegularExpressions.Regex.Matches(digests.Single(m => m.Key == Key("lanhdao.xa", day)).Body, @"\S+-\d{6}-\d{4}").Select(m => m.Value).ToList();
        listed.ShouldNotBeEmpty();
        listed.ShouldAllBe(c => c.StartsWith(ward + "-", StringComparison.Ordinal));
        digests.Where(m => m.Key == Key("tiepnhan.bgm", day)).ShouldAllBe(m => !m.Body.Contains(code));
    }

    [Fact]
    public async Task No_digest_goes_on_a_day_off()
    {
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("lanhdao.xa"), code, "assign", new { assignee = "chuyenvien.xa" });
        var day = await App.AdvanceToAsync(c => d => !c.IsWorkingDay(d), TimeSpan.FromHours(9));

        await DigestAsync();

        (await DigestsAsync(day)).ShouldBeEmpty();
    }

    private static string Key(string userName, DateOnly day) =>
        $"digest|{userName}|{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";

    private async Task DigestAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SendDailyDigest>().RunAsync(Ct);
    }

    private async Task<List<OutboxMessage>> DigestsAsync(DateOnly day)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var suffix = Key(string.Empty, day)["digest|".Length..];
        return await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.Key.StartsWith("digest|") && m.Key.EndsWith(suffix)).ToListAsync(Ct);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class DailyDigestTestsOnSqlite(SqliteApp app) : DailyDigestTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DailyDigestTestsOnPostgres(PostgresApp app) : DailyDigestTests(app);
