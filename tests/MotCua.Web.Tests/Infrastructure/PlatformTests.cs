using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Data;
using Shouldly;

namespace MotCua.Web.Tests.Infrastructure;

/// <summary>What every deployment relies on: health, the OpenAPI document, migrations in step with the model.</summary>
public abstract class PlatformTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Health_checks_the_database()
    {
        var response = await App.CreateClient().GetAsync("/health", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("checks").GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
    }

    [Fact]
    public async Task Health_fails_when_the_file_store_cannot_take_a_file()
    {
        // Running as root, a read-only folder would still take files; a store below a plain file never can.
        var blocker = Path.GetTempFileName();
        try
        {
            await using var host = App.WithWebHostBuilder(b => b.UseSetting("Files:Root", Path.Combine(blocker, "files")));

            var response = await host.CreateClient().GetAsync("/health", Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public void Migrations_match_the_model()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();

        db.Database.HasPendingModelChanges().ShouldBeFalse();
        db.Database.GetPendingMigrations().ShouldBeEmpty();
    }

    [Fact]
    public void The_compiled_model_is_the_model_the_configurations_build()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var configured = db.GetService<IDesignTimeModel>().Model;
        var compiled = db.Model;

        // The application runs on the generated model (scripts/compiled-models.sh), not on one built at start.
        compiled.GetType().FullName.ShouldStartWith("MotCua.Web.Data.CompiledModels.");
        compiled.GetType().Name.ShouldBe($"{db.GetType().Name}Model");
        Schema(compiled).ShouldBe(Schema(configured));
    }

    /// <summary>
    /// The tables as the compiled model describes them to queries and saves (EF Core's model differ does not read a
    /// compiled model): each column with its store type and how its value is converted, each index and foreign key.
    /// </summary>
    private static List<string> Schema(IModel model) =>
        [.. model.GetRelationalModel().Tables.SelectMany(t =>
                t.Columns.Select(c => $"{t.Name}.{c.Name}: {c.StoreType}{(c.IsNullable ? " null" : "")} as {c.StoreTypeMapping.Converter?.ProviderClrType.Name ?? "itself"}")
                .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")} {i.Filter}"))
                .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} → {f.PrincipalTable.Name} {f.OnDeleteAction}")))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("/api/v1/units", "get")]
    [InlineData("/api/v1/me", "get")]
    [InlineData("/api/v1/auth/login", "post")]
    [InlineData("/api/v1/calendar/days/{date}", "get")]
    [InlineData("/api/v1/calendar/due", "get")]
    [InlineData("/api/v1/procedures", "get")]
    [InlineData("/api/v1/procedures/{code}", "get")]
    [InlineData("/api/v1/procedures/import", "post")]
    [InlineData("/api/v1/dossiers/{code}/attachments", "post")]
    [InlineData("/api/v1/dossiers/{code}/attachments/{id}", "get")]
    [InlineData("/api/v1/dossiers/{code}/result", "post")]
    [InlineData("/api/v1/citizens", "post")]
    [InlineData("/api/v1/citizens/login", "post")]
    [InlineData("/api/v1/citizens/password-reset", "post")]
    [InlineData("/api/v1/citizens/password-reset/confirm", "post")]
    [InlineData("/api/v1/citizens/me/password", "put")]
    [InlineData("/api/v1/citizens/me/dossiers", "post")]
    [InlineData("/api/v1/citizens/me/dossiers", "get")]
    [InlineData("/api/v1/citizens/me/dossiers/{code}/result", "get")]
    public async Task The_OpenAPI_document_describes_the_contract_endpoints(string path, string method)
    {
        var document = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        document.GetProperty("paths").TryGetProperty(path, out var item).ShouldBeTrue(path);
        item.TryGetProperty(method, out _).ShouldBeTrue($"{method} {path}");
    }

    [Fact]
    public async Task Unknown_api_routes_are_problems_too()
    {
        var problem = await (await App.CreateClient().GetAsync("/api/v1/khong-co", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem.Title().ShouldBe("Không tìm thấy");
    }

    [Fact]
    public async Task A_missing_page_is_a_Vietnamese_page_not_an_empty_answer()
    {
        var response = await App.CreateClient().GetAsync("/khong-co-trang-nay", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("<h1>Không tìm thấy trang</h1>");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_changes_nothing()
    {
        var client = await App.SignedInAsync("admin");
        using var content = new StringContent("{\"code\": \"XYZ\", \"name\": ", System.Text.Encoding.UTF8, "application/json");

        var problem = await (await client.PostAsync("/api/v1/units", content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.Title().ShouldBe("Yêu cầu không hợp lệ");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/units?includeInactive=true", Ct)).EnumerateArray().ShouldNotContain(u => u.GetProperty("code").GetString() == "XYZ");
    }
}

[Collection(SqliteGroup.Name)]
public sealed class PlatformTestsOnSqlite(SqliteApp app) : PlatformTests(app);

[Collection(PostgresGroup.Name)]
public sealed class PlatformTestsOnPostgres(PostgresApp app) : PlatformTests(app);
