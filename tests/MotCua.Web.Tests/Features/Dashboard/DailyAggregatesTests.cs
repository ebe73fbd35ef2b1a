using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Aggregates;
using MotCua.Web.Data;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Dashboard;

public abstract class DailyAggregatesTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task A_dossier_received_and_resolved_counts_at_its_unit_on_its_days()
    {
        var before = await CountsAsync();

        var code = await App.ReceiveBirthAsync();
        await App.IssueResultAsync(code);

        var after = await CountsAsync();
        var ward = await WardKeyAsync(code);
        Changed(before, after, (ward.Unit, ward.Procedure, App.Today, DailyMeasure.ReceivedCounter, "")).ShouldBe(1);
        Changed(before, after, (ward.Unit, ward.Procedure, App.Today, DailyMeasure.ReceivedBy, "tiepnhan.xa")).ShouldBe(1);
        Changed(before, after, (ward.Unit, ward.Procedure, App.Today, DailyMeasure.ProcessedBy, "chuyenvien.xa")).ShouldBe(1);
        (Changed(before, after, (ward.Unit, ward.Procedure, App.Today, DailyMeasure.EndedEarly, ""))
            + Changed(before, after, (ward.Unit, ward.Procedure, App.Today, DailyMeasure.EndedOnTime, ""))).ShouldBe(1);
    }

    [Fact]
    public async Task Aggregates_maintained_on_each_write_equal_those_rebuilt_from_the_events()
    {
        var code = await App.ReceiveBirthAsync();
        await App.IssueResultAsync(code);
        await App.ReceiveBirthAsync();
        var maintained = await CountsAsync();

        var response = await (await App.SignedInAsync("admin")).PostAsync("/api/v1/dashboard/aggregates/rebuild", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var rebuilt = await CountsAsync();
        rebuilt.Count.ShouldBeGreaterThan(0);
        Differences(rebuilt, maintained).ShouldBeEmpty();
    }

    [Fact]
    public async Task Rebuilding_one_period_leaves_the_other_days_alone()
    {
        await App.ReceiveBirthAsync();
        var maintained = await CountsAsync();
        var day = App.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var response = await (await App.SignedInAsync("admin")).PostAsync($"/api/v1/dashboard/aggregates/rebuild?from={day}&to={day}", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        Differences(await CountsAsync(), maintained).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_rebuild_of_a_period_ending_before_it_starts_is_refused_in_Vietnamese()
    {
        var response = await (await App.SignedInAsync("admin")).PostAsync("/api/v1/dashboard/aggregates/rebuild?from=2025-02-01&to=2025-01-01", null, Ct);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorKeys().ShouldContain("to");
        problem.ErrorMessages().ShouldContain("Ngày kết thúc phải sau hoặc bằng ngày bắt đầu.");
    }

    [Fact]
    public async Task Only_the_administrator_rebuilds()
    {
        var response = await (await App.SignedInAsync("lanhdao")).PostAsync("/api/v1/dashboard/aggregates/rebuild", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static int Changed(Dictionary<(Guid, Guid, DateOnly, DailyMeasure, string), int> before, Dictionary<(Guid, Guid, DateOnly, DailyMeasure, string), int> after, (Guid, Guid, DateOnly, DailyMeasure, string) key) =>
        after.GetValueOrDefault(key) - before.GetValueOrDefault(key);

    /// <summary>The counts that differ, as text, so that a failure names them instead of printing every count.</summary>
    private static List<string> Differences(Dictionary<(Guid, Guid, DateOnly, DailyMeasure, string), int> actual, Dictionary<(Guid, Guid, DateOnly, DailyMeasure, string), int> expected) =>
        [.. actual.Keys.Union(expected.Keys).Where(k => actual.GetValueOrDefault(k) != expected.GetValueOrDefault(k)).Select(k => $"{k}: {actual.GetValueOrDefault(k)} ≠ {expected.GetValueOrDefault(k)}")];

    private async Task<(Guid Unit, Guid Procedure)> WardKeyAsync(string code)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == code, Ct);
        return (dossier.UnitId, dossier.ProcedureId);
    }

    private async Task<Dictionary<(Guid, Guid, DateOnly, DailyMeasure, string), int>> CountsAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        return (await db.DailyAggregates.AsNoTracking().Where(a => a.Count != 0).ToListAsync(Ct))
            .ToDictionary(a => (a.UnitId, a.ProcedureId, a.Day, a.Measure, a.Officer), a => a.Count);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class DailyAggregatesTestsOnSqlite(SqliteApp app) : DailyAggregatesTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DailyAggregatesTestsOnPostgres(PostgresApp app) : DailyAggregatesTests(app);
