using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Catalog;

public abstract class CatalogEditTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Created_procedure_is_amended_then_abolished_and_keeps_its_history()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();

        (await client.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(code), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var amended = CatalogRequests.Procedure(code, "Thủ tục thử nghiệm đã sửa đổi");
        amended["publication"] = new { decisionNumber = "99/QĐ-UBND", decisionDate = "2025-06-01", effectiveDate = "2025-07-01" };
        var put = await client.PutAsJsonAsync($"/api/v1/procedures/{code}?baseVersion=1", amended, Ct);
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync(Ct));
        var abolish = await client.PostAsJsonAsync($"/api/v1/procedures/{code}/abolish",
            new { publication = new { decisionNumber = "120/QĐ-UBND", decisionDate = "2025-09-01", effectiveDate = "2025-09-15" }, note = "Bãi bỏ theo Nghị định mới" }, Ct);
        abolish.StatusCode.ShouldBe(HttpStatusCode.OK);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        detail.GetProperty("name").GetString().ShouldBe("Thủ tục thử nghiệm đã sửa đổi");
        detail.GetProperty("status").GetString().ShouldBe("abolished");
        detail.GetProperty("publication").GetProperty("decisionNumber").GetString().ShouldBe("120/QĐ-UBND");
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}/revisions", Ct);
        history.EnumerateArray().Select(r => r.GetProperty("kind").GetString()).ShouldBe(["abolished", "amended", "created"]);
        history.EnumerateArray().Select(r => r.GetProperty("publication").GetProperty("decisionNumber").GetString()).ShouldBe(["120/QĐ-UBND", "99/QĐ-UBND", "15/QĐ-UBND"]);

        var search = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures?q={code}", Ct);
        // Not found as typed; the forgiving search may still offer other procedures with a code one digit away.
        search.GetProperty("items").EnumerateArray().ShouldNotContain(p => p.GetProperty("code").GetString() == code);
        (await client.PostAsJsonAsync($"/api/v1/procedures/{code}/abolish",
            new { publication = new { decisionNumber = "121/QĐ-UBND", decisionDate = "2025-09-01", effectiveDate = "2025-09-15" } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Amending_from_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        await client.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(code), Ct);
        (await client.PutAsJsonAsync($"/api/v1/procedures/{code}?baseVersion=1", CatalogRequests.Procedure(code, "Bản sửa thứ nhất"), Ct)).EnsureSuccessStatusCode();

        var stale = await client.PutAsJsonAsync($"/api/v1/procedures/{code}?baseVersion=1", CatalogRequests.Procedure(code, "Bản sửa đè"), Ct);

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct)).GetProperty("name").GetString().ShouldBe("Bản sửa thứ nhất");
    }

    [Fact]
    public async Task Invalid_procedure_lists_every_error_and_saves_nothing()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        var body = CatalogRequests.Procedure(code);
        body["name"] = "";
        body["level"] = "village";
        body["timeLimit"] = new { workingDays = -3 };
        body["unitCodes"] = new[] { "NOWHERE" };
        body["steps"] = new[] { new { name = "Thẩm định", role = "janitor", hours = 40 } };

        var problem = await (await client.PostAsJsonAsync("/api/v1/procedures", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["name", "level", "timeLimit", "steps[0].role", "unitCodes"], ignoreOrder: true);
        (await client.GetAsync($"/api/v1/procedures/{code}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Steps_longer_than_the_time_limit_are_refused()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        await client.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(code), Ct);

        var response = await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps",
            new { baseVersion = 1, steps = new[] { new { name = "Thẩm định", role = "specialist", hours = 17 } } }, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorMessages().ShouldContain(m => m.Contains("16 giờ làm việc"));
    }

    [Fact]
    public async Task Saving_steps_needs_a_step_and_the_version_it_was_edited_from_and_changes_nothing_otherwise()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        await client.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(code), Ct);
        var steps = new[] { new { name = "Thẩm định", role = "specialist", hours = 4 } };

        var empty = await (await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var unversioned = await (await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps", new { steps }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps", new { baseVersion = 1, steps }, Ct)).EnsureSuccessStatusCode();
        var stale = await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps", new { baseVersion = 1, steps = new[] { new { name = "Ký duyệt", role = "leader", hours = 2 } } }, Ct);

        empty.ErrorKeys().ShouldBe(["steps", "baseVersion"], ignoreOrder: true);
        unversioned.ErrorKeys().ShouldBe(["baseVersion"]);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        detail.GetProperty("version").GetInt32().ShouldBe(2);
        detail.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Thẩm định"]);
    }

    [Fact]
    public async Task Process_editor_replaces_the_steps_with_an_inter_agency_step()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        await client.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(code), Ct);

        var response = await client.PutAsJsonAsync($"/api/v1/procedures/{code}/steps", new
        {
            baseVersion = 1,
            steps = new object[]
            {
                new { name = "Tiếp nhận", role = "receptionist", hours = 1 },
                new { name = "Xác định nghĩa vụ tài chính", role = "specialist", unitCode = "THUE-PL", hours = 8 },
                new { name = "Ký duyệt", role = "leader", hours = 2 },
            },
        }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}", Ct);
        detail.GetProperty("version").GetInt32().ShouldBe(2);
        detail.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("unitCode").GetString()).ShouldBe([null, "THUE-PL", null]);
    }

    [Fact]
    public async Task Only_the_KSTTHC_office_and_administrators_edit_the_catalog()
    {
        var body = CatalogRequests.Procedure(UniqueProcedureCode());

        (await App.CreateClient().PostAsJsonAsync("/api/v1/procedures", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await (await App.SignedInAsync("tiepnhan")).PostAsJsonAsync("/api/v1/procedures", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await App.SignedInAsync("admin")).PostAsJsonAsync("/api/v1/procedures", body, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_district_KSTTHC_officer_changes_only_procedures_of_his_district()
    {
        var district = await App.SignedInAsync("kstt.pl");
        var (mine, theirs) = (UniqueProcedureCode(), UniqueProcedureCode());
        var outside = CatalogRequests.Procedure(theirs);
        outside["unitCodes"] = new[] { "BGM-DAKO" };

        (await district.PostAsJsonAsync("/api/v1/procedures", CatalogRequests.Procedure(mine), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await (await district.PostAsJsonAsync("/api/v1/procedures", outside, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        refused.GetProperty("detail").GetString()!.ShouldContain("BGM-DAKO");
        var imported = await (await district.PostAsJsonAsync("/api/v1/procedures/import", new[] { outside }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        imported.ErrorKeys().ShouldBe(["rows[1].unitCodes"]);
        await (await district.PostAsJsonAsync("/api/v1/procedures/1.001193.000.00.00.H10/abolish",
            new { publication = new { decisionNumber = "1/QĐ-UBND", decisionDate = "2025-09-01", effectiveDate = "2025-09-15" } }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await district.GetFromJsonAsync<JsonElement>("/api/v1/procedures/1.001193.000.00.00.H10", Ct)).GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public async Task A_retried_create_with_the_same_idempotency_key_creates_once()
    {
        var client = await App.SignedInAsync("ksttthc");
        var code = UniqueProcedureCode();
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/procedures") { Content = JsonContent.Create(CatalogRequests.Procedure(code)) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request, Ct);
        }

        var first = await Send();
        var retry = await Send();

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await retry.Content.ReadAsStringAsync(Ct)).ShouldBe(await first.Content.ReadAsStringAsync(Ct));
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/procedures/{code}/revisions", Ct);
        history.GetArrayLength().ShouldBe(1);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class CatalogEditTestsOnSqlite(SqliteApp app) : CatalogEditTests(app);

[Collection(PostgresGroup.Name)]
public sealed class CatalogEditTestsOnPostgres(PostgresApp app) : CatalogEditTests(app);
