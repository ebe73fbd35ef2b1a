using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Common;

/// <summary>A NUL character in a query value or a JSON string is a 400 problem, never a value sent to the database (PostgreSQL refuses it).</summary>
public abstract class NulRefusalTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_query_value_with_a_NUL_is_a_400_naming_the_parameter()
    {
        var admin = await App.SignedInAsync("admin");

        var problem = await (await admin.GetAsync("/api/v1/focal-officers?unitCode=PL%00", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorKeys().ShouldBe(["unitCode"]);
        (await App.CreateClient().GetAsync("/Catalog?q=%00", Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_JSON_string_with_a_NUL_is_a_400_and_saves_nothing()
    {
        var admin = await App.SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync("/api/v1/officers", new { userName = "cb\0moi", fullName = "Ứng Viên Nul\0", password = "MatKhauRatDai1" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await App.QueryAsync(db => db.Officers.CountAsync(o => o.FullName.StartsWith("Ứng Viên Nul"), Ct))).ShouldBe(0);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class NulRefusalTestsOnSqlite(SqliteApp app) : NulRefusalTests(app);

[Collection(PostgresGroup.Name)]
public sealed class NulRefusalTestsOnPostgres(PostgresApp app) : NulRefusalTests(app);
