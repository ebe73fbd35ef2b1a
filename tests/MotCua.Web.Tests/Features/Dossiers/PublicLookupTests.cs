using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Payments;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 18, item 7: the public lookup tells where the dossier stands in words, its public steps, and what is left to pay.</summary>
public abstract class PublicLookupTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_returned_dossier_is_told_as_done_with_its_public_steps_in_Vietnam_time_and_nothing_internal()
    {
        var code = await App.ReceiveBirthAsync();
        await DossierRequests.ActAsync(await App.SignedInAsync("chuyenvien.xa"), code, "request-supplement", new { reason = "Thiếu bản sao giấy chứng nhận kết hôn" });
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "receive-supplement", new { });
        await App.IssueResultAsync(code);
        await DossierRequests.ActAsync(await App.SignedInAsync("tiepnhan.xa"), code, "return-result", new { });

        var text = await App.CreateClient().GetStringAsync($"/api/v1/public/dossiers/{code}", Ct);
        var lookup = JsonDocument.Parse(text).RootElement;

        lookup.GetProperty("status").GetString().ShouldBe("returned");
        lookup.GetProperty("statusText").GetString().ShouldBe("Đã trả kết quả. Hồ sơ đã hoàn thành.");
        lookup.GetProperty("beingProcessed").GetBoolean().ShouldBeFalse();
        lookup.GetProperty("amountOwed").GetInt64().ShouldBe(0);
        lookup.GetProperty("currentUnit").GetString().ShouldNotBeNullOrEmpty();
        var timeline = lookup.GetProperty("timeline").EnumerateArray().ToList();
        timeline.Select(s => s.GetProperty("type").GetString()).ShouldBe(
            ["receive", "request-supplement", "receive-supplement", "processing", "approve", "issue-result", "return-result"]);
        timeline[0].GetProperty("text").GetString().ShouldBe("Bộ phận Một cửa đã tiếp nhận hồ sơ");
        timeline.ShouldAllBe(s => s.GetProperty("at").GetString()!.EndsWith("+07:00"));
        foreach (var hidden in new[] { "Thiếu bản sao", "Đã kiểm tra đủ thành phần", "chuyenvien.xa", "tiepnhan.xa", "lanhdao.xa", "Bùi Văn Hộ Tịch", "Nguyễn Văn An", "079203001234" })
        {
            text.ShouldNotContain(hidden);
        }
    }

    [Fact]
    public async Task What_is_left_to_pay_is_the_fees_owed_for_what_was_asked_less_what_was_paid()
    {
        var steps = new PaymentSteps(App);
        var (free, copies) = (await App.ReceiveBirthAsync(), await steps.ReceiveAsync());

        (await OwedAsync(free)).ShouldBe(0);
        (await OwedAsync(copies)).ShouldBe(16_000);
        await steps.PayAsync(await steps.StartAsync(copies), Web.Features.Payments.Vnpay.StandInOutcome.Paid);
        (await OwedAsync(copies)).ShouldBe(0);
    }

    [Fact]
    public async Task The_lookup_answers_in_English_when_asked()
    {
        var code = await App.ReceiveBirthAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/public/dossiers/{code}");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var lookup = await (await App.CreateClient().SendAsync(request, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        lookup.GetProperty("statusText").GetString().ShouldBe("The dossier is being processed.");
        lookup.GetProperty("beingProcessed").GetBoolean().ShouldBeTrue();
        lookup.GetProperty("timeline")[0].GetProperty("text").GetString().ShouldBe("Received by the one-stop desk");
    }

    private async Task<long> OwedAsync(string code) =>
        (await App.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/public/dossiers/{code}", Ct)).GetProperty("amountOwed").GetInt64();
}

[Collection(SqliteGroup.Name)]
public sealed class PublicLookupTestsOnSqlite(SqliteApp app) : PublicLookupTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PublicLookupTestsOnPostgres(PostgresApp app) : PublicLookupTests(app);
