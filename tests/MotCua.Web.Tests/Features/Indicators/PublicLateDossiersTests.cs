using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Indicators;

public abstract class PublicLateDossiersTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Anyone_sees_a_units_late_dossiers_with_masked_names_and_the_apology()
    {
        var (apologized, silent) = (await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync());
        var leader = await App.SignedInAsync("lanhdao.xa");
        var due = (await leader.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{apologized}", Ct)).GetProperty("dueAt").GetDateTimeOffset();
        await DossierRequests.ActAsync(leader, apologized, "apologize", new { reason = "Cần xác minh thêm tại nơi cư trú", newDueAt = due.AddDays(3) });
        App.Clock.Advance(TimeSpan.FromDays(7));

        var response = await App.CreateClient().GetAsync($"/api/v1/public/late-dossiers?unitCode={DossierRequests.Ward}&period={Month()}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldNotContain("Nguyễn Văn An");
        body.ShouldNotContain("0912345678");
        body.ShouldNotContain("chuyenvien.xa");
        var list = JsonDocument.Parse(body).RootElement;
        var rows = list.GetProperty("dossiers").EnumerateArray().ToList();
        list.GetProperty("total").GetInt32().ShouldBe(rows.Count);
        var sorry = rows.Single(r => r.GetProperty("code").GetString() == apologized);
        var quiet = rows.Single(r => r.GetProperty("code").GetString() == silent);
        sorry.GetProperty("applicant").GetString().ShouldBe("N***** V** A*");
        sorry.GetProperty("procedureName").GetString().ShouldBe("Thủ tục đăng ký khai sinh");
        sorry.GetProperty("apologizedAt").ValueKind.ShouldBe(JsonValueKind.String);
        sorry.GetProperty("workingDaysLate").GetDecimal().ShouldBeGreaterThan(0);
        sorry.GetProperty("resolvedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        quiet.GetProperty("apologizedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        quiet.GetProperty("dueAt").GetDateTimeOffset().ShouldBeLessThan(App.Clock.GetUtcNow());
    }

    [Fact]
    public async Task The_public_page_lists_them_without_an_account()
    {
        var code = await App.ReceiveBirthAsync();
        App.Clock.Advance(TimeSpan.FromDays(7));

        var page = await App.CreateClient().GetStringAsync($"/chi-so-phuc-vu/ho-so-tre-han?unitCode={DossierRequests.Ward}&period={Month()}", Ct);

        page.ShouldContain(code);
        page.ShouldContain("N***** V** A*");
        page.ShouldNotContain("Nguyễn Văn An");
        page.ShouldContain("Chưa gửi");
    }

    [Theory]
    [InlineData("unitCode=PL-LONGTHUY&period=2025-M00", HttpStatusCode.BadRequest)]
    [InlineData("period=2025-M03", HttpStatusCode.BadRequest)]
    [InlineData("unitCode=KHONG-CO", HttpStatusCode.NotFound)]
    public async Task A_bad_period_or_unit_is_refused(string query, HttpStatusCode status)
    {
        var response = await App.CreateClient().GetAsync($"/api/v1/public/late-dossiers?{query}", Ct);

        (await response.ShouldBeProblemAsync(status)).Title().ShouldNotBeNullOrWhiteSpace();
    }

    private string Month() => string.Create(CultureInfo.InvariantCulture, $"{App.Today.Year:0000}-M{App.Today.Month:00}");
}

[Collection(SqliteWeeksGroup.Name)]
public sealed class PublicLateDossiersTestsOnSqlite(SqliteApp app) : PublicLateDossiersTests(app);

[Collection(PostgresWeeksGroup.Name)]
public sealed class PublicLateDossiersTestsOnPostgres(PostgresApp app) : PublicLateDossiersTests(app);
