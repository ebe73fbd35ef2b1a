using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Web.Files;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Files;

/// <summary>The sweep removes the stored files no row names once they are a day old, and nothing else.</summary>
public abstract class SweepUnnamedFilesTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Files_no_row_names_go_after_a_day_those_named_saved_again_or_recent_stay()
    {
        var code = await App.ReceiveBirthAsync();
        var desk = await App.SignedInAsync("tiepnhan.xa");
        var (named, unnamed, savedAgain, recent) = (DossierFiles.Pdf(), DossierFiles.Pdf(), DossierFiles.Pdf(), DossierFiles.Pdf());
        var attached = await desk.PostFileAsync($"/api/v1/dossiers/{code}/attachments", named, "giay-chung-sinh.pdf", "application/pdf", ("component", DossierFiles.BirthCertificate));
        attached.StatusCode.ShouldBe(HttpStatusCode.Created, await attached.Content.ReadAsStringAsync(Ct));
        var store = App.Services.GetRequiredService<IFileStore>();
        // As a failed save leaves them: the bytes went first, the row that would name them never came.
        await store.SaveAsync(unnamed, Ct);
        await store.SaveAsync(savedAgain, Ct);

        App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await store.SaveAsync(savedAgain, Ct);
        await store.SaveAsync(recent, Ct);
        int removed;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            removed = await scope.ServiceProvider.GetRequiredService<SweepUnnamedFiles>().RunAsync(Ct);
        }

        File.Exists(App.StoredPath(unnamed)).ShouldBeFalse();
        removed.ShouldBeGreaterThanOrEqualTo(1);
        File.Exists(App.StoredPath(savedAgain)).ShouldBeTrue();
        File.Exists(App.StoredPath(recent)).ShouldBeTrue();
        // A day on, the desk signs in again.
        var download = await (await App.SignedInAsync("tiepnhan.xa")).GetAsync(attached.Headers.Location, Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(named);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class SweepUnnamedFilesTestsOnSqlite(SqliteApp app) : SweepUnnamedFilesTests(app);

[Collection(PostgresGroup.Name)]
public sealed class SweepUnnamedFilesTestsOnPostgres(PostgresApp app) : SweepUnnamedFilesTests(app);
