using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Organization;

public abstract class UnitTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_public_unit_list_is_the_demo_tree_with_agency_codes()
    {
        var units = await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units", Ct);

        var byCode = units.EnumerateArray().ToDictionary(u => u.GetProperty("code").GetString()!);
        byCode["TINH"].GetProperty("kind").GetString().ShouldBe("province");
        byCode["PL"].GetProperty("parentCode").GetString().ShouldBe("TINH");
        byCode["PL"].GetProperty("agencyCode").GetString().ShouldBe("000.00.17.H10");
        byCode["PL-LONGTHUY"].GetProperty("kind").GetString().ShouldBe("commune");
        units.EnumerateArray().Count(u => u.GetProperty("kind").GetString() == "district").ShouldBe(2);
        units.EnumerateArray().Count(u => u.GetProperty("kind").GetString() == "commune").ShouldBeGreaterThanOrEqualTo(4);
        var order = units.EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        order.IndexOf("PL").ShouldBeLessThan(order.IndexOf("PL-LONGTHUY"));
    }

    [Fact]
    public async Task An_administrator_creates_renames_moves_and_merges_units_and_history_keeps_every_step()
    {
        var admin = await App.SignedInAsync("admin");
        var (a, b) = (UniqueUnitCode("XA"), UniqueUnitCode("XB"));
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = a, name = "Xã An Bình", kind = "commune", parentCode = "PL", agencyCode = "000.17.90.H10" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = b, name = "Xã Bình Minh", kind = "commune", parentCode = "PL" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await admin.PostAsJsonAsync($"/api/v1/units/{a}/rename", new { name = "Phường An Bình", agencyCode = "000.17.90.H10" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/units/{a}/move", new { parentCode = "BGM" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsJsonAsync($"/api/v1/units/{b}/merge", new { intoCode = a }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var units = await admin.GetFromJsonAsync<JsonElement>("/api/v1/units?includeInactive=true", Ct);
        var merged = units.EnumerateArray().Single(u => u.GetProperty("code").GetString() == b);
        merged.GetProperty("isActive").GetBoolean().ShouldBeFalse();
        (await App.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/units", Ct)).EnumerateArray().ShouldNotContain(u => u.GetProperty("code").GetString() == b);
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/units/{a}/history", Ct);
        history.EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["merged", "moved", "renamed", "created"]);
        history[2].GetProperty("oldValue").GetString().ShouldBe("Xã An Bình");
    }

    [Fact]
    public async Task A_unit_cannot_move_under_its_own_child()
    {
        var admin = await App.SignedInAsync("admin");
        var (parent, child) = (UniqueUnitCode("CHA"), UniqueUnitCode("CON"));
        await admin.PostAsJsonAsync("/api/v1/units", new { code = parent, name = "Đơn vị cha", kind = "division", parentCode = "PL" }, Ct);
        await admin.PostAsJsonAsync("/api/v1/units", new { code = child, name = "Đơn vị con", kind = "division", parentCode = parent }, Ct);

        await (await admin.PostAsJsonAsync($"/api/v1/units/{parent}/move", new { parentCode = child }, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PostAsJsonAsync($"/api/v1/units/{parent}/deactivate", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Bad_unit_input_is_refused_and_only_administrators_manage_units()
    {
        var admin = await App.SignedInAsync("admin");

        var problem = await (await admin.PostAsJsonAsync("/api/v1/units", new { code = "x", name = "", agencyCode = "17.H10" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldBe(["code", "name", "agencyCode", "kind"], ignoreOrder: true);
        await (await admin.PostAsJsonAsync("/api/v1/units", new { code = "PL", name = "Trùng", kind = "district" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsJsonAsync("/api/v1/units/NOWHERE/rename", new { name = "Không có" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await (await App.SignedInAsync("lanhdao")).PostAsJsonAsync("/api/v1/units", new { code = UniqueUnitCode("LD"), name = "Không được", kind = "division" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class UnitTestsOnSqlite(SqliteApp app) : UnitTests(app);

[Collection(PostgresGroup.Name)]
public sealed class UnitTestsOnPostgres(PostgresApp app) : UnitTests(app);
