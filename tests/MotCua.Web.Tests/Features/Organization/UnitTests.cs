using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Organization;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Tests.Features.Feedback;
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

    [Fact]
    public async Task A_unit_moved_here_is_in_its_new_leaders_scope_at_once()
    {
        var (admin, unit) = await DivisionUnderPlAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        var before = await leader.GetAsync($"/api/v1/dossiers/late?unitCode={unit}&from=2025-01-01&to=2025-12-31", Ct);

        (await admin.PostAsJsonAsync($"/api/v1/units/{unit}/move", new { parentCode = "PL-LONGTHUY" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await leader.GetAsync($"/api/v1/dossiers/late?unitCode={unit}&from=2025-01-01&to=2025-12-31", Ct);

        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        after.StatusCode.ShouldBe(HttpStatusCode.OK, await after.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_unit_moved_on_another_node_is_in_scope_here_within_the_organization_cache_time()
    {
        var (_, unit) = await DivisionUnderPlAsync();
        var leader = await App.SignedInAsync("lanhdao.xa");
        var before = await leader.GetAsync($"/api/v1/dossiers/late?unitCode={unit}&from=2025-01-01&to=2025-12-31", Ct);

        // Another node's move: straight to the database, past this node's save interceptors; put back afterwards.
        await MoveStraightAsync(unit, "PL-LONGTHUY");
        try
        {
            var kept = await leader.GetAsync($"/api/v1/dossiers/late?unitCode={unit}&from=2025-01-01&to=2025-12-31", Ct);
            App.Clock.Advance(TimeSpan.FromSeconds(60));
            var reread = await leader.GetAsync($"/api/v1/dossiers/late?unitCode={unit}&from=2025-01-01&to=2025-12-31", Ct);

            before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            kept.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            reread.StatusCode.ShouldBe(HttpStatusCode.OK, await reread.Content.ReadAsStringAsync(Ct));
        }
        finally
        {
            await MoveStraightAsync(unit, "PL");
        }
    }

    [Fact]
    public async Task A_unit_written_in_an_open_transaction_is_read_by_it_and_kept_by_no_one_when_undone()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<UnitDirectory>();
        var code = UniqueUnitCode("TAM");
        bool seenInside;
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Units.Add(new Unit { Code = code, Name = "Đơn vị chưa lưu hẳn", Kind = UnitKind.Division });
            await db.SaveChangesAsync(Ct);
            seenInside = (await directory.AllAsync(db, Ct)).Values.Any(u => u.Code == code);
            await transaction.RollbackAsync(Ct);
        }

        db.ChangeTracker.Clear();
        seenInside.ShouldBeTrue();
        (await directory.AllAsync(db, Ct)).Values.ShouldNotContain(u => u.Code == code);
    }

    [Fact]
    public async Task A_transaction_left_without_commit_or_rollback_does_not_keep_its_context_from_the_kept_units()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<UnitDirectory>();
        var kept = await directory.AllAsync(db, Ct);
        var code = UniqueUnitCode("BO");
        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Units.Add(new Unit { Code = code, Name = "Đơn vị bỏ dở", Kind = UnitKind.Division });
            await db.SaveChangesAsync(Ct);
        }

        db.ChangeTracker.Clear();
        var after = await directory.AllAsync(db, Ct);

        // Disposed unfinished, the transaction rolled back: its context reads the kept units again, not afresh each time.
        after.ShouldBeSameAs(kept);
        after.Values.ShouldNotContain(u => u.Code == code);
    }

    /// <summary>A new division under the district PL: outside the Long Thủy ward leader's scope.</summary>
    private async Task<(HttpClient Admin, string Unit)> DivisionUnderPlAsync()
    {
        var admin = await App.SignedInAsync("admin");
        var unit = UniqueUnitCode("PHAMVI");
        (await admin.PostAsJsonAsync("/api/v1/units", new { code = unit, name = "Phòng thử phạm vi", kind = "division", parentCode = "PL" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        return (admin, unit);
    }

    private Task<int> MoveStraightAsync(string unit, string parent) => App.QueryAsync(db => db.Database.ExecuteSqlAsync(
        $"UPDATE \"Units\" SET \"ParentId\" = (SELECT p.\"Id\" FROM \"Units\" AS p WHERE p.\"Code\" = {parent}) WHERE \"Code\" = {unit}", Ct));
}

[Collection(SqliteGroup.Name)]
public sealed class UnitTestsOnSqlite(SqliteApp app) : UnitTests(app);

[Collection(PostgresGroup.Name)]
public sealed class UnitTestsOnPostgres(PostgresApp app) : UnitTests(app);
