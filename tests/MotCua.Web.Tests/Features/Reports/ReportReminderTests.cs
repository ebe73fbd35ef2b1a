using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MotCua.Domain.Reports;
using MotCua.Web.Features.Reports;
using MotCua.Web.Tests.Features.Dossiers;
using MotCua.Web.Tests.Features.Feedback;
using MotCua.Web.Tests.Infrastructure;
using Shouldly;

namespace MotCua.Web.Tests.Features.Reports;

/// <summary>
/// Reminders of a report's deadline (REPORTS.md §6): the leader of a unit that has not submitted a form gets one
/// e-mail per form and period however often the job runs, none for a form submitted, and one more once overdue. The
/// clock moves to the next quarter's deadline, so the test runs in the applications whose clock moves by months.
/// </summary>
public abstract class ReportReminderTests(MotCuaApp app) : ProviderTests(app)
{
    [Fact]
    public async Task The_units_leader_is_reminded_once_per_form_not_submitted_then_told_it_is_overdue()
    {
        ReportPeriod quarter;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            quarter = scope.ServiceProvider.GetRequiredService<ReportPeriods>()
                .DueBetween(App.Today.AddDays(1), App.Today.AddDays(200), ReportingLevel.Unit, [PeriodKind.Quarter])
                .Where(p => p.Kind == PeriodKind.Quarter).OrderBy(p => p.DeadlineFor(ReportingLevel.Unit)).First();
        }

        var deadline = quarter.DeadlineFor(ReportingLevel.Unit)!.Value;
        // 09:00 in Vietnam on the deadline day: the period is over, the report not yet late.
        App.Clock.Advance(new DateTimeOffset(deadline.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)) - App.Clock.GetUtcNow());
        var submitted = await (await App.SignedInAsync("lanhdao.xa")).PostAsJsonAsync("/api/v1/reports/II.06/submissions", new { unitCode = DossierRequests.Ward, period = quarter.Code }, Ct);
        submitted.StatusCode.ShouldBe(HttpStatusCode.Created, await submitted.Content.ReadAsStringAsync(Ct));
        var ward = await App.QueryAsync(db => db.Units.Where(u => u.Code == DossierRequests.Ward).Select(u => u.Id).SingleAsync(Ct));
        var prefix = $"report|II.07|{ward}|{quarter.Code}|";

        await RemindAsync();
        await RemindAsync();
        var soon = await KeysAsync($"report|%|{ward}|{quarter.Code}|%");
        App.Clock.Advance(TimeSpan.FromDays(1));
        await RemindAsync();
        await RemindAsync();
        var later = await KeysAsync($"report|%|{ward}|{quarter.Code}|%");

        soon.Count(k => k == prefix + "dueSoon|lanhdao.xa|email").ShouldBe(1);
        soon.ShouldNotContain(k => k.StartsWith($"report|II.06|{ward}|", StringComparison.Ordinal));
        soon.ShouldNotContain(k => k.Contains("|chuyenvien.xa|", StringComparison.Ordinal));
        later.Except(soon).ShouldBe(soon.Select(k => k.Replace("|dueSoon|", "|overdue|", StringComparison.Ordinal)), ignoreOrder: true);
        (await App.QueryAsync(db => db.OutboxMessages.Where(m => m.Key == prefix + "overdue|lanhdao.xa|email").Select(m => m.Body).SingleAsync(Ct)))
            .ShouldContain($"chưa gửi biểu II.07 kỳ {quarter.Code}");
    }

    private Task<List<string>> KeysAsync(string pattern) =>
        App.QueryAsync(db => db.OutboxMessages.Where(m => EF.Functions.Like(m.Key, pattern)).Select(m => m.Key).ToListAsync(Ct));

    private async Task RemindAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RemindReportDeadlines>().RunAsync(Ct);
    }
}

[Collection(SqliteLaterGroup.Name)]
public sealed class ReportReminderTestsOnSqlite(SqliteLaterApp app) : ReportReminderTests(app);

[Collection(PostgresLaterGroup.Name)]
public sealed class ReportReminderTestsOnPostgres(PostgresLaterApp app) : ReportReminderTests(app);
