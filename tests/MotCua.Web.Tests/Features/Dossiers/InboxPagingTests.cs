using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Features.Citizens;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dossiers;

/// <summary>Issue 19: the inbox reads on from a cursor (keyset paging), so that a page costs the page, not the units' history.</summary>
public abstract class InboxPagingTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Reading_on_from_the_cursor_gives_every_open_dossier_of_the_units_once_most_urgent_first_then_those_not_yet_received()
    {
        // Received in the same instant, so the same due instant: only their codes order them, across the pages' edges.
        var received = new[] { await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync(), await App.ReceiveBirthAsync() };
        var (citizen, _) = await App.CitizenAsync();
        var submitted = new[] { await (await citizen.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync(), await (await citizen.SubmitBirthAsync(CitizenRequests.BothFiles())).SubmittedCodeAsync() };
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var (pages, first) = await WalkAsync(desk, "view=unit&pageSize=3");

        var rows = pages.SelectMany(p => p).ToList();
        var codes = rows.Select(Code).ToList();
        codes.ShouldBeUnique();
        codes.Count.ShouldBe(first.GetProperty("total").GetInt32());
        received.Concat(submitted).ShouldBeSubsetOf(codes);
        pages.SkipLast(1).ShouldAllBe(p => p.Count == 3);
        var timed = rows.TakeWhile(r => r.GetProperty("dueAt").ValueKind != JsonValueKind.Null).ToList();
        timed.Select(r => (r.GetProperty("dueAt").GetDateTimeOffset(), Code(r))).ShouldBeInOrder(SortDirection.Ascending, Comparer<(DateTimeOffset, string)>.Create(ByDueThenCode));
        rows.Skip(timed.Count).ShouldAllBe(r => r.GetProperty("dueAt").ValueKind == JsonValueKind.Null);
        rows.Skip(timed.Count).Select(Code).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        codes.IndexOf(received[0]).ShouldBeLessThan(codes.IndexOf(received[3]));
        codes.IndexOf(received[3]).ShouldBeLessThan(codes.IndexOf(submitted[0]));

        // Paging by number, as API.md's list contract has it, reads the same rows in the same order.
        var byNumber = new List<string>();
        for (var page = 1; page <= pages.Count; page++)
        {
            byNumber.AddRange((await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?view=unit&pageSize=3&page={page}", Ct)).GetProperty("items").EnumerateArray().Select(Code));
        }

        byNumber.ShouldBe(codes);
    }

    [Fact]
    public async Task Only_the_first_page_is_counted_and_each_next_names_the_page_it_opens()
    {
        await App.ReceiveBirthAsync();
        await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");

        var first = await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?view=unit&pageSize=1", Ct);
        var second = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?view=unit&pageSize=1&after={first.GetProperty("next").GetString()}", Ct);

        (first.GetProperty("page").GetInt32(), second.GetProperty("page").GetInt32()).ShouldBe((1, 2));
        first.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        second.GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);
        Code(second.GetProperty("items")[0]).ShouldNotBe(Code(first.GetProperty("items")[0]));
    }

    [Fact]
    public async Task Another_units_officer_reads_none_of_them_on_any_page()
    {
        var code = await App.ReceiveBirthAsync();
        var ward = await App.SignedInAsync("tiepnhan.xa");
        var other = await App.SignedInAsync("lanhdao.bgm");

        var (otherPages, _) = await WalkAsync(other, "view=unit&pageSize=2");
        var (wardPages, _) = await WalkAsync(ward, "view=unit&pageSize=2");

        otherPages.SelectMany(p => p).Select(Code).ShouldNotContain(code);
        wardPages.SelectMany(p => p).Select(Code).ShouldContain(code);
        // Both sides read only a dossier the ward's centre received for the other side's commune (reception regardless of
        // administrative boundary, which other tests of the shared application do).
        foreach (var shared in otherPages.SelectMany(p => p).Select(Code).Intersect(wardPages.SelectMany(p => p).Select(Code)))
        {
            (await ward.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers/{shared}", Ct)).GetProperty("receivedAtUnitCode").ValueKind.ShouldBe(JsonValueKind.String, shared);
        }
    }

    [Fact]
    public async Task The_finished_dossiers_read_on_newest_first_each_once()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var withdrawn = new List<string>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var code = await App.ReceiveBirthAsync();
            await DossierRequests.ActAsync(desk, code, "withdraw", new { reason = "Người nộp xin rút hồ sơ" });
            withdrawn.Add(code);
        }

        var (pages, first) = await WalkAsync(desk, "view=done&pageSize=5");

        var rows = pages.SelectMany(p => p).ToList();
        rows.Select(Code).ShouldBeUnique();
        rows.Count.ShouldBe(first.GetProperty("total").GetInt32());
        rows.Select(Code).ShouldContain(withdrawn[0]);
        var timed = rows.TakeWhile(r => r.GetProperty("dueAt").ValueKind != JsonValueKind.Null).Select(r => (r.GetProperty("dueAt").GetDateTimeOffset(), Code(r)));
        timed.ShouldBeInOrder(SortDirection.Descending, Comparer<(DateTimeOffset, string)>.Create(ByDueThenCode));
    }

    [Fact]
    public async Task A_cursor_not_given_by_the_inbox_or_given_with_a_page_number_is_a_400_in_the_caller_s_language()
    {
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var next = (await desk.GetFromJsonAsync<JsonElement>("/api/v1/dossiers?view=unit&pageSize=1", Ct)).GetProperty("next").GetString();

        var forged = await (await desk.GetAsync("/api/v1/dossiers?after=bm90LWEtY3Vyc29y", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var both = await (await desk.GetAsync($"/api/v1/dossiers?page=2&after={next}", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dossiers?after=!!!");
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var inEnglish = await (await desk.SendAsync(english, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        forged.ErrorKeys().ShouldBe(["after"]);
        forged.ErrorMessages().ShouldHaveSingleItem().ShouldContain("không hợp lệ");
        both.ErrorKeys().ShouldBe(["page"]);
        inEnglish.ErrorMessages().ShouldHaveSingleItem().ShouldBe("after is not valid: use the previous page's next.");
    }

    [Fact]
    public async Task The_inbox_page_links_to_the_next_page_and_back_to_the_first()
    {
        foreach (var _ in Enumerable.Range(0, 26))
        {
            await App.ReceiveBirthAsync();
        }

        var leader = await App.SignedInAsync("lanhdao.xa");
        var first = await leader.GetStringAsync("/Dossiers?view=unit", Ct);
        var next = System.Text.RegularExpressions.Regex.Match(first, "after=([A-Za-z0-9_-]+)\"").Groups[1].Value;
        next.ShouldNotBeEmpty();

        var second = await leader.GetStringAsync($"/Dossiers?view=unit&after={next}", Ct);

        first.ShouldContain("Trang 1");
        second.ShouldContain("Trang 2");
        second.ShouldContain("Trang đầu");
    }

    /// <summary>Every page of a list, read on from each page's <c>next</c> until there is none, and the first page.</summary>
    private static async Task<(List<List<JsonElement>> Pages, JsonElement First)> WalkAsync(HttpClient client, string query)
    {
        var first = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?{query}", Ct);
        var pages = new List<List<JsonElement>>();
        for (var page = first; ; page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/dossiers?{query}&after={page.GetProperty("next").GetString()}", Ct))
        {
            pages.Add([.. page.GetProperty("items").EnumerateArray()]);
            page.GetProperty("page").GetInt32().ShouldBe(pages.Count);
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                return (pages, first);
            }
        }
    }

    private static int ByDueThenCode((DateTimeOffset Due, string Code) a, (DateTimeOffset Due, string Code) b) =>
        a.Due != b.Due ? a.Due.CompareTo(b.Due) : string.CompareOrdinal(a.Code, b.Code);

    private static string Code(JsonElement item) => item.GetProperty("code").GetString()!;
}

[Collection(SqliteGroup.Name)]
public sealed class InboxPagingTestsOnSqlite(SqliteApp app) : InboxPagingTests(app);

[Collection(PostgresGroup.Name)]
public sealed class InboxPagingTestsOnPostgres(PostgresApp app) : InboxPagingTests(app);
