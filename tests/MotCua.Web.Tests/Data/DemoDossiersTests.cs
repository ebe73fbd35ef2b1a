using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Calendar;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;
using MotCua.Web.Data;
using MotCua.Web.Features.Dossiers;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Data;

/// <summary>
/// The demo dossiers the fixtures seed (Demo:Dossiers = 150) obey the product's rules. Other tests of the collection add
/// dossiers through the API; the rules hold for those too, so most checks cover every stored dossier.
/// </summary>
public abstract class DemoDossiersTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task Every_history_replays_through_the_workflow_to_the_dossier_status()
    {
        var (dossiers, events) = await LoadAsync();

        foreach (var dossier in dossiers)
        {
            var history = events[dossier.Id].OrderBy(e => e.Sequence).ToList();
            history[0].FromStatus.ShouldBeNull(dossier.Code);
            var status = history[0].ToStatus;
            for (int i = 1; i < history.Count; i++)
            {
                var e = history[i];
                e.FromStatus.ShouldBe(status, dossier.Code);

                // A component's scan (another test's, on this shared database) and the applicant adding the dossier to his
                // account are recorded but move no state.
                if (e.Type is not (DossierHistory.Digitize or DossierHistory.LinkAccount))
                {
                    DossierActions.TryParse(e.Type, out var action).ShouldBeTrue($"{dossier.Code}: {e.Type}");
                    DossierWorkflow.CanApply(status, action).ShouldBeTrue($"{dossier.Code}: {e.Type} in {status}");
                    status = DossierWorkflow.Next(status, action);
                }

                e.ToStatus.ShouldBe(status, dossier.Code);
                e.At.ShouldBeGreaterThanOrEqualTo(history[i - 1].At, dossier.Code);
                e.Sequence.ShouldBe(i + 1, dossier.Code);
            }

            status.ShouldBe(dossier.Status, dossier.Code);
        }
    }

    [Fact]
    public async Task The_demo_covers_every_state_and_has_late_dossiers_with_and_without_an_apology()
    {
        var (dossiers, events) = await LoadAsync();
        var demo = dossiers.Where(d => d.SubmittedAt <= MotCuaApp.SeededAt).ToList();

        demo.Count.ShouldBeGreaterThanOrEqualTo(150);
        demo.Select(d => d.Status).Distinct().Order().ShouldBe(Enum.GetValues<DossierStatus>());
        demo.Select(d => d.Channel).Distinct().Count().ShouldBe(3);
        demo.ShouldAllBe(d => d.SubmittedAt >= MotCuaApp.SeededAt.AddMonths(-12));
        var late = demo.Where(d => d.DueAt is { } due && (d.EndedAt ?? MotCuaApp.SeededAt) > due).ToList();
        late.ShouldContain(d => events[d.Id].Any(e => e.Type == "apologize"));
        late.ShouldContain(d => events[d.Id].All(e => e.Type != "apologize"));
        demo.ShouldContain(d => d.DueAt < MotCuaApp.SeededAt && d.Status == DossierStatus.InProgress);
    }

    [Fact]
    public async Task Demo_work_is_done_by_demo_officers_of_every_unit_not_by_the_system()
    {
        var (_, events) = await LoadAsync();

        var demo = events.SelectMany(g => g).Where(e => e.At <= MotCuaApp.SeededAt).ToList();

        // Online submissions come from applicants; everything else is done by a named officer of the unit.
        demo.ShouldContain(e => e.Type == "submit");
        demo.Where(e => e.Type != "submit" && e.ByUserName == "system").Select(e => $"{e.Type} {e.UnitId}").ShouldBeEmpty();
    }

    [Fact]
    public async Task Received_dossiers_are_received_in_working_hours_and_due_after_receipt()
    {
        var (dossiers, _) = await LoadAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var calendars = scope.ServiceProvider.GetRequiredService<CalendarSource>();

        foreach (var dossier in dossiers.Where(d => d.ReceivedAt is not null))
        {
            dossier.DueAt!.Value.ShouldBeGreaterThan(dossier.ReceivedAt!.Value, dossier.Code);
            if (dossier.SubmittedAt <= MotCuaApp.SeededAt)
            {
                var calendar = await calendars.ForUnitAsync(dossier.UnitId, Ct);
                var local = dossier.ReceivedAt.Value.ToOffset(WorkingCalendar.VietnamOffset);
                calendar.IsWorkingDay(DateOnly.FromDateTime(local.DateTime)).ShouldBeTrue(dossier.Code);
                var time = TimeOnly.FromDateTime(local.DateTime);
                calendar.Hours.Periods.ShouldContain(p => p.Start <= time && time <= p.End, dossier.Code);
            }
        }
    }

    [Fact]
    public async Task Codes_are_unique_gap_free_per_agency_and_day_and_the_counters_hold_the_last_sequence()
    {
        var (dossiers, _) = await LoadAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var counters = await scope.ServiceProvider.GetRequiredService<MotCuaDbContext>().DossierCounters.AsNoTracking().ToDictionaryAsync(c => c.Key, c => c.LastSequence, Ct);

        dossiers.Select(d => d.Code).Distinct().Count().ShouldBe(dossiers.Count);
        var codes = dossiers.Select(d => DossierCode.TryParse(d.Code, out var code) ? code : throw new ShouldAssertException($"Not a dossier code: {d.Code}"));
        foreach (var group in codes.GroupBy(c => DossierCodes.CounterKey(c.AgencyCode, c.Date)))
        {
            group.Select(c => c.Sequence).Order().ShouldBe(Enumerable.Range(1, group.Count()), group.Key);
            counters.GetValueOrDefault(group.Key).ShouldBe(group.Count(), group.Key);
        }
    }

    [Fact]
    public async Task An_intake_after_seeding_continues_the_numbering_of_its_agency_and_day()
    {
        var today = App.Today;
        var (dossiers, _) = await LoadAsync();
        var last = dossiers.Select(d => DossierCode.TryParse(d.Code, out var code) ? code : default)
            .Where(c => c.AgencyCode == "000.17.31.H10" && c.Date == today).Select(c => c.Sequence).DefaultIfEmpty(0).Max();

        var response = await (await App.SignedInAsync("tiepnhan.xa")).PostAsJsonAsync("/api/v1/dossiers", DossierRequests.Birth(), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var code = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString()!;
        DossierCode.TryParse(code, out var issued).ShouldBeTrue();
        issued.Date.ShouldBe(today);
        issued.Sequence.ShouldBe(last + 1);
    }

    private async Task<(List<Dossier> Dossiers, ILookup<Guid, DossierEvent> Events)> LoadAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MotCuaDbContext>();
        // Dossiers imported from a previous system keep that system's codes: only live intakes and the demo are gap-free.
        var events = (await db.DossierEvents.AsNoTracking().ToListAsync(Ct)).ToLookup(e => e.DossierId);
        var dossiers = (await db.Dossiers.AsNoTracking().ToListAsync(Ct)).Where(d => events[d.Id].All(e => e.ByUserName != "import")).ToList();
        return (dossiers, events);
    }
}

[Collection(SqliteGroup.Name)]
public sealed class DemoDossiersTestsOnSqlite(SqliteApp app) : DemoDossiersTests(app);

[Collection(PostgresGroup.Name)]
public sealed class DemoDossiersTestsOnPostgres(PostgresApp app) : DemoDossiersTests(app);
